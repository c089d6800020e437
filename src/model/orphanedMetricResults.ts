import type { MetricResult, Report } from './reportSchema';

/**
 * Results of the metric table whose model or metric is no longer in the report (removed, or never
 * defined in an imported draft). The table cannot show them, so the editor offers to remove them.
 */
export function findOrphanedMetricResults(report: Report): MetricResult[] {
  const modelIds = new Set(report.models.models.map((model) => model.id));
  const metricIds = new Set(report.problem.metrics.map((metric) => metric.id));
  return report.results.metricResults.filter(
    (result) => !modelIds.has(result.modelId) || !metricIds.has(result.metricId),
  );
}

/** The report without those results, as one change. */
export function withoutOrphanedMetricResults(report: Report): Report {
  const orphaned = new Set(findOrphanedMetricResults(report));
  if (orphaned.size === 0) return report;
  return {
    ...report,
    results: {
      ...report.results,
      metricResults: report.results.metricResults.filter((result) => !orphaned.has(result)),
    },
  };
}
