import { isBlockingIssue } from './isBlockingIssue';
import type { ReportIssue } from './reportIssue';
import { sectionIds } from './sectionRegistry';

function bySection(left: ReportIssue, right: ReportIssue): number {
  return sectionIds.indexOf(left.sectionId) - sectionIds.indexOf(right.sectionId);
}

/**
 * What Next issue and Previous issue walk and Check report lists, one issue per field: first every
 * issue that keeps a section from complete, in section order (form order within a section), then
 * the warnings, in section order.
 */
export function issuesToVisit(issues: readonly ReportIssue[]): ReportIssue[] {
  const seenPaths = new Set<string>();
  const firstPerField = issues.filter((issue) => {
    if (seenPaths.has(issue.path)) return false;
    seenPaths.add(issue.path);
    return true;
  });
  return [
    ...firstPerField.filter(isBlockingIssue).sort(bySection),
    ...firstPerField.filter((issue) => !isBlockingIssue(issue)).sort(bySection),
  ];
}
