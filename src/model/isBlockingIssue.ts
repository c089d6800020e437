import type { ReportIssue } from './reportIssue';

/**
 * Whether an issue keeps its section from complete: an empty required or recommended field, or a
 * wrong value. Warnings never do. The nav state, the completeness and Next issue all follow this.
 */
export function isBlockingIssue(issue: ReportIssue): boolean {
  return issue.severity !== 'warning';
}
