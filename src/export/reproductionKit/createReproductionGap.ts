import { describeIssueLocation } from '@/model/describeIssueLocation';
import type { FieldPath } from '@/model/fieldPath';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import type { Report } from '@/model/reportSchema';
import type { ReproductionGap } from './reproductionGap';

/** A gap on the field at `path`, named as the form names it. */
export function createReproductionGap(
  report: Report,
  path: FieldPath,
  message: string,
): ReproductionGap {
  return {
    path,
    location: describeIssueLocation(report, path).join(' › '),
    fieldLabel: fieldSpecAtPath(path)?.label ?? '',
    message,
  };
}
