import type { Report } from '@/model/reportSchema';
import type { DerivedPlot } from './derivedPlot';
import { describeCommonAggregation } from './describeCommonAggregation';
import { fitIdentifier } from './fitIdentifier';
import { primaryMetricLabel } from './primaryMetricLabel';
import { selectPrimaryResults } from './selectPrimaryResults';

/**
 * The primary metric by model as a bar chart derived from the metric table: one series per model
 * with a single point (its position, its value). Models without a result are left out and named
 * in `problems`.
 */
export function buildMetricBarPlot(report: Report, ids: { plotId: string }): DerivedPlot {
  const selection = selectPrimaryResults(report);
  const metricLabel =
    selection.metric === undefined
      ? 'Score'
      : primaryMetricLabel(selection.metric, selection.split);
  const taken = new Set<string>();
  const valueTexts = new Map<string, string>();
  const series = selection.results.map(({ model, label, value, valueText }, index) => {
    const id = fitIdentifier(`bar-${model.id}`, taken, `bar-${index + 1}`);
    taken.add(id);
    valueTexts.set(id, valueText);
    return { id, label, modelId: model.id, points: [[index + 1, value]] as [number, number][] };
  });
  return {
    plot: {
      id: ids.plotId,
      kind: 'metric-bar',
      title: `${metricLabel} by model`,
      caption: describeCommonAggregation(selection.results.map(({ result }) => result)),
      xLabel: 'Model',
      xUnit: '',
      yLabel: metricLabel,
      yUnit: selection.metric?.unit.trim() ?? '',
      logScale: false,
      derivation: 'metric-bar',
      series,
    },
    problems: selection.problems,
    valueTexts,
  };
}
