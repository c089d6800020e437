import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { bestModelAgreementRule } from './bestModelAgreementRule';
import { checklistJustificationRule } from './checklistJustificationRule';
import { claimWithinSpreadRule } from './claimWithinSpreadRule';
import { datasetDetailsRule } from './datasetDetailsRule';
import { effectiveBatchSizeRule } from './effectiveBatchSizeRule';
import { numberOfRunsRule } from './numberOfRunsRule';
import { splitNotReportedRule } from './splitNotReportedRule';
import { testWithoutValidationRule } from './testWithoutValidationRule';
import { undefinedMetricRule } from './undefinedMetricRule';
import { versionLockRule } from './versionLockRule';

export interface CrossFieldRule {
  id: string;
  check: (report: Report) => ReportIssue[];
}

/** Checks that look at several fields at once; analyzeReport runs every one as warnings. */
export const crossFieldRules: readonly CrossFieldRule[] = [
  { id: 'effective-batch-size', check: effectiveBatchSizeRule },
  { id: 'dataset-details', check: datasetDetailsRule },
  { id: 'version-lock', check: versionLockRule },
  { id: 'number-of-runs', check: numberOfRunsRule },
  { id: 'undefined-metric', check: undefinedMetricRule },
  { id: 'test-without-validation', check: testWithoutValidationRule },
  { id: 'split-not-reported', check: splitNotReportedRule },
  { id: 'claim-within-spread', check: claimWithinSpreadRule },
  { id: 'best-model-agreement', check: bestModelAgreementRule },
  { id: 'checklist-justification', check: checklistJustificationRule },
];
