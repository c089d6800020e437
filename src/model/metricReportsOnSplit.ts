import type { Metric, MetricResult } from './reportSchema';

/** Whether a metric is reported on a split: a test-only benchmark has no validation values to ask for. */
export function metricReportsOnSplit(
  metric: Pick<Metric, 'reportedOn'>,
  split: MetricResult['split'],
): boolean {
  return metric.reportedOn === 'both' || metric.reportedOn === split;
}
