import { listItemFieldPath } from '../listItemFieldPath';
import { metricDisplayName } from '../metricDisplayName';
import { metricReportsOnSplit } from '../metricReportsOnSplit';
import { modelDisplayName } from '../modelSummary';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/**
 * A value on a split its metric is marked as not reported on: either the value is in the wrong
 * row or the metric's "Reported on" is out of date, and a reader cannot tell which.
 */
export function splitNotReportedRule(report: Report): ReportIssue[] {
  const { models } = report.models;
  const { metrics } = report.problem;
  const metricIndexes = new Map(metrics.map((metric, index) => [metric.id, index]));
  return report.results.metricResults.flatMap((result) => {
    if (result.value === null) return [];
    const metricIndex = metricIndexes.get(result.metricId) ?? -1;
    const metric = metrics[metricIndex];
    if (metric === undefined || metricReportsOnSplit(metric, result.split)) return [];
    const modelIndex = models.findIndex((model) => model.id === result.modelId);
    const model = models[modelIndex];
    // Values of removed models are another rule's business.
    if (model === undefined) return [];
    const metricName = metricDisplayName(metric, metricIndex);
    const reportedSplit = result.split === 'test' ? 'validation' : 'test';
    return [
      createRuleWarning(
        listItemFieldPath('results.metricResults', result.id, 'value'),
        'Metric table',
        `${modelDisplayName(model, modelIndex)} has a ${result.split} ${metricName}, but ${metricName} is marked as reported on ${reportedSplit} only; remove this value, or set Reported on to "Validation and test" in Problem definition`,
      ),
    ];
  });
}
