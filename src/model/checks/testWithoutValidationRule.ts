import { listItemFieldPath } from '../listItemFieldPath';
import { metricDisplayName } from '../metricDisplayName';
import { modelDisplayName } from '../modelSummary';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/**
 * A test number without its validation number hides whether the test set was tuned on. Metrics
 * reported on one split only are left to splitNotReportedRule: a test-only benchmark has no
 * validation value to ask for.
 */
export function testWithoutValidationRule(report: Report): ReportIssue[] {
  const { metricResults } = report.results;
  const { models } = report.models;
  const { metrics } = report.problem;
  const hasValidation = new Set(
    metricResults
      .filter((result) => result.split === 'validation' && result.value !== null)
      .map((result) => `${result.modelId}\n${result.metricId}`),
  );
  return metricResults.flatMap((result) => {
    if (result.split !== 'test' || result.value === null) return [];
    if (hasValidation.has(`${result.modelId}\n${result.metricId}`)) return [];
    const modelIndex = models.findIndex((model) => model.id === result.modelId);
    const metricIndex = metrics.findIndex((metric) => metric.id === result.metricId);
    const model = models[modelIndex];
    const metric = metrics[metricIndex];
    // Values of removed models or undefined metrics are another rule's business.
    if (model === undefined || metric === undefined) return [];
    if (metric.reportedOn !== 'both') return [];
    return [
      createRuleWarning(
        listItemFieldPath('results.metricResults', result.id, 'value'),
        'Metric table',
        `${modelDisplayName(model, modelIndex)} has a test ${metricDisplayName(metric, metricIndex)} but no validation ${metricDisplayName(metric, metricIndex)}; report the validation value beside it`,
      ),
    ];
  });
}
