export type SizeMeasure = 'trainableParameters' | 'parameterCount';

const measureLabels: { readonly [Measure in SizeMeasure]: { label: string; inText: string } } = {
  trainableParameters: { label: 'Trainable parameters', inText: 'trainable' },
  parameterCount: { label: 'Parameters', inText: 'total' },
};

/**
 * The size axis title, saying which count it plots: "Trainable parameters", "Parameters", or
 * "Trainable parameters (total where not given)" when some models have only the other count.
 */
export function sizeAxisLabel(used: ReadonlySet<SizeMeasure>, preferred: SizeMeasure): string {
  const other: SizeMeasure =
    preferred === 'trainableParameters' ? 'parameterCount' : 'trainableParameters';
  if (!used.has(preferred) && used.has(other)) return measureLabels[other].label;
  if (used.has(preferred) && used.has(other))
    return `${measureLabels[preferred].label} (${measureLabels[other].inText} where not given)`;
  return measureLabels[preferred].label;
}
