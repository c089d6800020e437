import { describeIssueLocation } from '../describeIssueLocation';
import { fieldSpecAtPath } from '../fieldSpecAtPath';
import type { Report } from '../reportSchema';
import { getSectionDefinition, isSectionId } from '../sectionRegistry';

/**
 * What a thread is on, for a reader: `Title page › Organization`, or the section's title for a
 * thread on a whole section.
 */
export function describeCommentAnchor(report: Report, path: string): string {
  if (isSectionId(path)) return getSectionDefinition(path).title;
  const crumbs = describeIssueLocation(report, path);
  const label = fieldSpecAtPath(path)?.label;
  return [...crumbs, ...(label === undefined ? [] : [label])].join(' › ');
}
