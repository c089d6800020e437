import type { FieldPath } from './fieldPath';
import type { SectionId } from './sectionRegistry';

/**
 * `missing`: a required field is empty; `error`: a value is wrong; `recommended`: a hint for a
 * recommended field; `warning`: a doubtful combination of values (cross-field checks), never blocking.
 */
export type IssueSeverity = 'error' | 'missing' | 'recommended' | 'warning';

export interface ReportIssue {
  /** The field to fix. */
  path: FieldPath;
  sectionId: SectionId;
  severity: IssueSeverity;
  label: string;
  message: string;
}
