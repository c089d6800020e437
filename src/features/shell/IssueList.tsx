import type { FieldPath } from '@/model/fieldPath';
import type { SectionIssues } from '@/model/groupIssuesBySection';
import type { IssueSeverity } from '@/model/reportIssue';

const severityTags: Record<IssueSeverity, string> = {
  missing: 'Missing',
  error: 'Wrong',
  warning: 'Check',
  recommended: 'Hint',
};

/** Issues grouped under their section's title, each a button that goes to its field. */
export function IssueList({
  groups,
  idPrefix,
  onGoToField,
}: {
  groups: readonly SectionIssues[];
  /** Keeps the group heading ids of two lists on one page apart. */
  idPrefix: string;
  onGoToField: (path: FieldPath) => void;
}) {
  return groups.map(({ sectionId, title, issues }) => (
    <div key={sectionId} role="group" aria-labelledby={`${idPrefix}-${sectionId}`}>
      <h3 id={`${idPrefix}-${sectionId}`}>{title}</h3>
      <ul>
        {issues.map(({ issue, where }) => (
          <li key={`${issue.path}\n${issue.message}`}>
            <span className={`issue-tag issue-tag--${issue.severity}`}>
              {severityTags[issue.severity]}
            </span>
            <button type="button" className="issue-link" onClick={() => onGoToField(issue.path)}>
              {where === '' ? null : <span className="issue-where">{where}: </span>}
              {issue.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  ));
}
