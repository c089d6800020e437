import { listItemFieldPath } from '../listItemFieldPath';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

/** A dataset without split sizes cannot be checked for leakage; without a license, not reused. */
export function datasetDetailsRule(report: Report): ReportIssue[] {
  return report.setup.datasets.flatMap((dataset, index) => {
    const name = dataset.name.trim() === '' ? `Dataset ${index + 1}` : dataset.name.trim();
    const issues: ReportIssue[] = [];
    const { trainSize, validationSize, testSize } = dataset;
    if (trainSize === null && validationSize === null && testSize === null) {
      issues.push(
        createRuleWarning(
          listItemFieldPath('setup.datasets', dataset.id, 'trainSize'),
          'Train size',
          `${name} gives no split sizes; say how many examples are in train, validation and test`,
        ),
      );
    }
    if (dataset.license.trim() === '') {
      issues.push(
        createRuleWarning(
          listItemFieldPath('setup.datasets', dataset.id, 'license'),
          'Dataset license',
          `${name} has no license, so readers cannot tell whether they may use it`,
        ),
      );
    }
    return issues;
  });
}
