import type { Report } from '@/model/reportSchema';
import type { DerivedPlot } from './derivedPlot';
import { describeCommonAggregation } from './describeCommonAggregation';
import { fitIdentifier } from './fitIdentifier';
import { parseParameterCount } from './parseParameterCount';
import { primaryMetricLabel } from './primaryMetricLabel';
import { selectPrimaryResults } from './selectPrimaryResults';
import { sizeAxisLabel, type SizeMeasure } from './sizeAxisLabel';

const units = [
  { divisor: 1e9, unit: 'B' },
  { divisor: 1e6, unit: 'M' },
  { divisor: 1e3, unit: 'k' },
] as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function readableCount(text: string): number | undefined {
  const count = parseParameterCount(text);
  return count === null || count <= 0 ? undefined : count;
}

/**
 * The trade-off figure derived from the report: one point per model at (its trainable parameter
 * count, or its total count where trainable is not given, its primary-metric result); the axis
 * title says which. Counts are read from the model cards' text and shown in the unit that suits
 * most of them (k, M or B); the x axis is logarithmic when they span ten times or more. Models
 * without a readable count or a result are left out and named in `problems`.
 */
export function buildSizeVersusPerformancePlot(
  report: Report,
  ids: { plotId: string },
  preferredMeasure: SizeMeasure = 'trainableParameters',
): DerivedPlot {
  const selection = selectPrimaryResults(report);
  const problems = [...selection.problems];
  const otherMeasure: SizeMeasure =
    preferredMeasure === 'trainableParameters' ? 'parameterCount' : 'trainableParameters';
  const used = new Set<SizeMeasure>();
  const sized = selection.results.flatMap((entry) => {
    for (const measure of [preferredMeasure, otherMeasure]) {
      const count = readableCount(entry.model[measure]);
      if (count !== undefined) {
        used.add(measure);
        return [{ ...entry, count }];
      }
    }
    const unreadable = [preferredMeasure, otherMeasure]
      .map((measure) => entry.model[measure])
      .find((text) => text.trim() !== '');
    problems.push(
      unreadable === undefined
        ? `${entry.label} has no parameter count; it is left out.`
        : `${entry.label}: "${unreadable}" is not a parameter count such as 125M or 7.25B; it is left out.`,
    );
    return [];
  });
  const sizeLabel = sizeAxisLabel(used, preferredMeasure);
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
  const valueTexts = new Map<string, string>();
  const series = sized.map(({ model, label, count, value, valueText }, index) => {
    const id = fitIdentifier(`size-${model.id}`, taken, `size-${index + 1}`);
    taken.add(id);
    valueTexts.set(id, valueText);
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
      yUnit: selection.metric?.unit.trim() ?? '',
      logScale,
      derivation: 'size-vs-performance',
      series,
    },
    problems,
    valueTexts,
  };
}
