import { listItemFieldPath } from '../listItemFieldPath';
import { noneMarkingOf } from '../noneMarking';
import type { Dataset, Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { createRuleWarning } from './createRuleWarning';

const splitSizes = [
  { key: 'trainSize', name: 'train' },
  { key: 'validationSize', name: 'validation' },
  { key: 'testSize', name: 'test' },
] as const satisfies readonly { key: keyof Dataset; name: string }[];

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** A dataset without split sizes cannot be checked for leakage; without a license, not reused. */
export function datasetDetailsRule(report: Report): ReportIssue[] {
  return report.setup.datasets.flatMap((dataset, index) => {
    const name = dataset.name.trim() === '' ? `Dataset ${index + 1}` : dataset.name.trim();
    const issues: ReportIssue[] = [];
    // A split marked "No test split" has no size to give.
    const existingSplits = splitSizes.filter(
      ({ key }) => noneMarkingOf('setup.datasets', dataset, key) !== 'none',
    );
    if (existingSplits.every(({ key }) => dataset[key] === null)) {
      issues.push(
        createRuleWarning(
          listItemFieldPath('setup.datasets', dataset.id, 'trainSize'),
          'Train size',
          `${name} gives no split sizes; say how many examples are in ${joinNames(existingSplits.map(({ name: splitName }) => splitName))}`,
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
