import type { Model, Plot, Report } from '@/model/reportSchema';
import { describeCommonAggregation } from './describeCommonAggregation';
import { fitIdentifier } from './fitIdentifier';
import { parseParameterCount } from './parseParameterCount';
import { primaryMetricLabel } from './primaryMetricLabel';
import { selectPrimaryResults } from './selectPrimaryResults';

export type SizeMeasure = 'trainableParameters' | 'parameterCount';

const sizeLabels: { readonly [Measure in SizeMeasure]: string } = {
  trainableParameters: 'Trainable parameters',
  parameterCount: 'Parameters',
};

const units = [
  { divisor: 1e9, unit: 'B' },
  { divisor: 1e6, unit: 'M' },
  { divisor: 1e3, unit: 'k' },
] as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * The trade-off figure derived from the report: one point per model at (its trainable or total
 * parameter count, its primary-metric result). Counts are read from the model cards' text and
 * shown in the unit that suits most of them (k, M or B); the x axis is logarithmic when they span
 * ten times or more. Models without a readable count or a result are left out and named in
 * `problems`.
 */
export function buildSizeVersusPerformancePlot(
  report: Report,
  ids: { plotId: string },
  sizeMeasure: SizeMeasure = 'trainableParameters',
): { plot: Plot; problems: string[] } {
  const selection = selectPrimaryResults(report);
  const problems = [...selection.problems];
  const sizeLabel = sizeLabels[sizeMeasure];
  const sized = selection.results.flatMap((entry) => {
    const text = entry.model[sizeMeasure satisfies keyof Model];
    const count = parseParameterCount(text);
    if (count === null || count <= 0) {
      problems.push(
        text.trim() === ''
          ? `${entry.label} has no ${sizeLabel.toLowerCase()} count; it is left out.`
          : `${entry.label}: "${text}" is not a parameter count such as 125M or 7.25B; it is left out.`,
      );
      return [];
    }
    return [{ ...entry, count }];
  });
  const counts = sized.map(({ count }) => count);
  const { divisor, unit } = units.find(({ divisor }) => median(counts) >= divisor) ?? {
    divisor: 1,
    unit: '',
  };
  const logScale = counts.length > 1 && Math.max(...counts) >= 10 * Math.min(...counts);
  const metricLabel =
    selection.metric === undefined
      ? 'Score'
      : primaryMetricLabel(selection.metric, selection.split);
  const taken = new Set<string>();
  const series = sized.map(({ model, label, count, value }, index) => {
    const id = fitIdentifier(`size-${model.id}`, taken, `size-${index + 1}`);
    taken.add(id);
    return {
      id,
      label,
      modelId: model.id,
      points: [[count / divisor, value]] as [number, number][],
    };
  });
  const caption = [
    'Each point is one model.',
    describeCommonAggregation(sized.map(({ result }) => result)),
    logScale ? 'The x axis is logarithmic.' : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  return {
    plot: {
      id: ids.plotId,
      kind: 'size-vs-performance',
      title: `${sizeLabel} versus ${metricLabel[0]?.toLowerCase() ?? ''}${metricLabel.slice(1)}`,
      caption,
      xLabel: sizeLabel,
      xUnit: unit,
      yLabel: metricLabel,
      yUnit: '',
      logScale,
      series,
    },
    problems,
  };
}
