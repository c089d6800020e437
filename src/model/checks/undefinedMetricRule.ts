import { listItemFieldPath } from '../listItemFieldPath';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** Every number in Results must be one of the metrics defined in Problem definition. */
export function undefinedMetricRule(report: Report): ReportIssue[] {
  const known = new Set(report.problem.metrics.map((metric) => metric.id));
  const orphans = new Map<string, { firstResultId: string; count: number }>();
  for (const result of report.results.metricResults) {
    if (known.has(result.metricId) || result.value === null) continue;
    const entry = orphans.get(result.metricId);
    if (entry === undefined) orphans.set(result.metricId, { firstResultId: result.id, count: 1 });
    else entry.count += 1;
  }
  return [...orphans].map(([metricId, { firstResultId, count }]) =>
    createRuleWarning(
      listItemFieldPath('results.metricResults', firstResultId, 'metricId'),
      'Metric table',
      `${count === 1 ? 'A value' : `${count} values`} in the metric table ${count === 1 ? 'is' : 'are'} for a metric that Problem definition does not define ("${metricId}"); define it there, or remove ${count === 1 ? 'the value' : 'them'} with the button under the metric table`,
    ),
  );
}
