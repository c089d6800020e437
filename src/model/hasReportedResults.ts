import type { Report } from './reportSchema';

/** True once the metric table holds a number, i.e. the report describes experiments that ran. */
export function hasReportedResults(report: Report): boolean {
  return report.results.metricResults.some((result) => result.value !== null);
}
