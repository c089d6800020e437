import type { MetricResult, Report } from '@/model/reportSchema';

/**
 * Ids of the results that are best for their metric and split among the report's models,
 * respecting each metric's higherIsBetter; tied results are all best. Results without a value,
 * or naming a model or metric no longer in the report, never count. A group needs two values
 * to compare, so a lone result is not marked.
 */
export function findBestResults(report: Report): Set<string> {
  const modelIds = new Set(report.models.models.map((model) => model.id));
  const metrics = new Map(report.problem.metrics.map((metric) => [metric.id, metric]));
  const groups = new Map<string, (MetricResult & { value: number })[]>();
  for (const result of report.results.metricResults) {
    const value = result.value;
    if (value === null || !modelIds.has(result.modelId) || !metrics.has(result.metricId)) continue;
    const key = `${result.metricId}\u0000${result.split}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...result, value }]);
  }
  const best = new Set<string>();
  for (const results of groups.values()) {
    if (results.length < 2) continue;
    const higherIsBetter = metrics.get(results[0]?.metricId ?? '')?.higherIsBetter ?? true;
    const values = results.map((result) => result.value);
    const target = higherIsBetter ? Math.max(...values) : Math.min(...values);
    for (const result of results) if (result.value === target) best.add(result.id);
  }
  return best;
}
