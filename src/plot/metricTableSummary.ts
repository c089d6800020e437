import { metricReportsOnSplit } from '@/model/metricReportsOnSplit';
import { findOrphanedMetricResults } from '@/model/orphanedMetricResults';
import type { MetricResult, Report } from '@/model/reportSchema';
import { describeCommonAggregation } from './describeCommonAggregation';
import { findBestResults } from './findBestResults';

type Split = MetricResult['split'];

/** The key of one metric-table cell: a model, a metric and a split. */
export function metricCellKey(modelId: string, metricId: string, split: Split): string {
  return `${modelId}\u0000${metricId}\u0000${split}`;
}

const indexes = new WeakMap<readonly MetricResult[], ReadonlyMap<string, MetricResult>>();

/**
 * The results by cell key, built once per results array: every cell of a large table looks its
 * result up on every store change, and a linear search each time cost more than the keystroke.
 */
export function indexMetricResults(
  results: readonly MetricResult[],
): ReadonlyMap<string, MetricResult> {
  const cached = indexes.get(results);
  if (cached !== undefined) return cached;
  const index = new Map<string, MetricResult>();
  for (const result of results) {
    const key = metricCellKey(result.modelId, result.metricId, result.split);
    // The first result of a cell is the one the table shows and edits.
    if (!index.has(key)) index.set(key, result);
  }
  indexes.set(results, index);
  return index;
}

export interface MetricTableSummary {
  /** Cell keys (see metricCellKey) of the best values, newline-joined so it compares as a string. */
  bestCells: string;
  /** "Mean of 3 runs per model." when every shown value was aggregated alike, else "". */
  commonAggregation: string;
  /** Values whose model or metric is no longer defined (see findOrphanedMetricResults). */
  orphanedValueCount: number;
  /**
   * Cell keys of results holding a number on a split their metric is not reported on,
   * newline-joined: the table shows those cells, and only those, so they can be fixed.
   */
  unreportedCells: string;
}

interface SummaryInputs {
  results: Report['results']['metricResults'];
  models: Report['models']['models'];
  metrics: Report['problem']['metrics'];
}

let lastInputs: SummaryInputs | undefined;
let lastSummary: MetricTableSummary = {
  bestCells: '',
  commonAggregation: '',
  orphanedValueCount: 0,
  unreportedCells: '',
};

function findUnreportedCells(inputs: SummaryInputs): string {
  const metricsById = new Map(inputs.metrics.map((metric) => [metric.id, metric]));
  return inputs.results
    .filter((result) => {
      const metric = metricsById.get(result.metricId);
      const holdsNumber = result.value !== null || result.spread !== null || result.runs !== null;
      return holdsNumber && metric !== undefined && !metricReportsOnSplit(metric, result.split);
    })
    .map((result) => metricCellKey(result.modelId, result.metricId, result.split))
    .sort()
    .join('\n');
}

/**
 * What the table as a whole shows beyond its cells, recomputed only when the results, models or
 * metrics change, so the table re-renders only when a best mark or the legend changes.
 */
export function summarizeMetricTable(report: Report): MetricTableSummary {
  const inputs: SummaryInputs = {
    results: report.results.metricResults,
    models: report.models.models,
    metrics: report.problem.metrics,
  };
  if (
    lastInputs !== undefined &&
    lastInputs.results === inputs.results &&
    lastInputs.models === inputs.models &&
    lastInputs.metrics === inputs.metrics
  )
    return lastSummary;
  const best = findBestResults(report);
  const modelIds = new Set(inputs.models.map((model) => model.id));
  const metricIds = new Set(inputs.metrics.map((metric) => metric.id));
  const shown = inputs.results.filter(
    (result) =>
      result.value !== null && modelIds.has(result.modelId) && metricIds.has(result.metricId),
  );
  const summary: MetricTableSummary = {
    bestCells: [...indexMetricResults(inputs.results)]
      .filter(([, result]) => best.has(result.id))
      .map(([key]) => key)
      .sort()
      .join('\n'),
    commonAggregation: describeCommonAggregation(shown),
    orphanedValueCount: findOrphanedMetricResults(report).filter((result) => result.value !== null)
      .length,
    unreportedCells: findUnreportedCells(inputs),
  };
  lastInputs = inputs;
  lastSummary =
    summary.bestCells === lastSummary.bestCells &&
    summary.commonAggregation === lastSummary.commonAggregation &&
    summary.orphanedValueCount === lastSummary.orphanedValueCount &&
    summary.unreportedCells === lastSummary.unreportedCells
      ? lastSummary
      : summary;
  return lastSummary;
}
