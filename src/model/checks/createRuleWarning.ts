import { sectionIdOfPath, type FieldPath } from '../fieldPath';
import type { ReportIssue } from '../reportIssue';
import { isSectionId } from '../sectionRegistry';

/** A cross-field finding: always a warning, filed under the section of the field to fix. */
export function createRuleWarning(path: FieldPath, label: string, message: string): ReportIssue {
  const sectionId = sectionIdOfPath(path);
  if (!isSectionId(sectionId)) throw new Error(`The path ${path} names no section`);
  return { path, sectionId, severity: 'warning', label, message };
}
