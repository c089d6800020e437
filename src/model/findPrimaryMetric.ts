import type { Metric, Report } from './reportSchema';

/** The metric that decides which model is best; the first one marked primary. */
export function findPrimaryMetric(report: Report): Metric | undefined {
  return report.problem.metrics.find((metric) => metric.primary);
}
