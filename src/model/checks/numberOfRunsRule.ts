import { listItemFieldPath } from '../listItemFieldPath';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** Every number must say how many runs it comes from: in the setup, or per value in the table. */
export function numberOfRunsRule(report: Report): ReportIssue[] {
  if (report.setup.numberOfRuns !== null) return [];
  const issues: ReportIssue[] = [
    createRuleWarning(
      'setup.numberOfRuns',
      'Runs per configuration',
      'Say how many runs (seeds) each configuration had, so readers can judge the spread',
    ),
  ];
  const uncounted = report.results.metricResults.filter(
    (result) =>
      result.value !== null && result.runs === null && result.aggregation !== 'single-run',
  );
  const first = uncounted[0];
  if (first !== undefined) {
    issues.push(
      createRuleWarning(
        listItemFieldPath('results.metricResults', first.id, 'runs'),
        'Metric table',
        `${uncounted.length === 1 ? 'A value' : `${uncounted.length} values`} in the metric table ${uncounted.length === 1 ? 'does' : 'do'} not say how many runs ${uncounted.length === 1 ? 'it comes' : 'they come'} from`,
      ),
    );
  }
  return issues;
}
