import { describeIssueLocation } from './describeIssueLocation';
import type { ReportIssue } from './reportIssue';
import type { Report } from './reportSchema';
import { getSectionDefinition, sectionIds, type SectionId } from './sectionRegistry';

export interface LocatedIssue {
  issue: ReportIssue;
  /** Where in the section, e.g. `Model A › Hyperparameters`; empty for top-level fields. */
  where: string;
}

export interface SectionIssues {
  sectionId: SectionId;
  /** The section's title, as in the nav. */
  title: string;
  issues: LocatedIssue[];
}

/** Issues under their section's title, sections in report order, issues in the order given. */
export function groupIssuesBySection(
  report: Report,
  issues: readonly ReportIssue[],
): SectionIssues[] {
  const bySection = new Map<SectionId, LocatedIssue[]>();
  for (const issue of issues) {
    const located = bySection.get(issue.sectionId) ?? [];
    located.push({
      issue,
      where: describeIssueLocation(report, issue.path).slice(1).join(' › '),
    });
    bySection.set(issue.sectionId, located);
  }
  return sectionIds.flatMap((sectionId) => {
    const located = bySection.get(sectionId);
    return located === undefined
      ? []
      : [{ sectionId, title: getSectionDefinition(sectionId).title, issues: located }];
  });
}
