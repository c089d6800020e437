import type { ReportIssue } from './reportIssue';

/** Issues that Next issue walks and a final export lists: all but the hints for recommended fields. */
export function isOpenIssue(issue: ReportIssue): boolean {
  return issue.severity !== 'recommended';
}
