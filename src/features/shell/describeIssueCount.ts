/** What Check report says about the issues Next issue walks. */
export function describeIssueCount(count: number): string {
  if (count === 0) return 'No issues: nothing required is missing or wrong.';
  return count === 1 ? '1 issue to look at.' : `${count} issues to look at.`;
}
