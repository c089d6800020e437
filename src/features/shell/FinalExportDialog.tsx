import { useEffect, useRef, useState } from 'react';
import { useAppServices } from '@/app/AppContext';
import { describeIssueLocation } from '@/model/describeIssueLocation';
import type { FieldPath } from '@/model/fieldPath';
import { isOpenIssue } from '@/model/isOpenIssue';
import type { IssueSeverity, ReportIssue } from '@/model/reportIssue';
import { getSectionDefinition, sectionIds, type SectionId } from '@/model/sectionRegistry';
import './issueNavigation.css';

const severityTags: Record<IssueSeverity, string> = {
  missing: 'Missing',
  error: 'Wrong',
  warning: 'Check',
  recommended: 'Hint',
};

interface ListedIssue {
  issue: ReportIssue;
  /** Where in the section, e.g. `Model A › Hyperparameters`; empty for top-level fields. */
  where: string;
}

function countPhrase(count: number, singular: string, plural: string): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? `1 ${singular}` : `${count} ${plural}`;
}

function summarize(issues: readonly ReportIssue[]): string {
  const count = (severity: IssueSeverity) =>
    issues.filter((issue) => issue.severity === severity).length;
  const parts = [
    countPhrase(count('missing'), 'required field is empty', 'required fields are empty'),
    countPhrase(count('error'), 'value is wrong', 'values are wrong'),
    countPhrase(count('warning'), 'thing needs a check', 'things need a check'),
  ].filter((part): part is string => part !== undefined);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * Before a final report leaves the app: what is still missing or doubtful, each a way to the field,
 * and the author's free choice to export anyway.
 */
export function FinalExportDialog({
  formatLabel,
  onExportAnyway,
  onGoToField,
  onCancel,
}: {
  formatLabel: string;
  onExportAnyway: () => void;
  onGoToField: (path: FieldPath) => void;
  onCancel: () => void;
}) {
  const { analysis, session } = useAppServices();
  // A snapshot: the dialog is modal, so nothing changes under it.
  const [issues] = useState(() => analysis.getState().analysis.issues.filter(isOpenIssue));
  const [grouped] = useState(() => {
    const report = session.store.getState().document.report;
    const bySection = new Map<SectionId, ListedIssue[]>();
    for (const issue of issues) {
      const listed = bySection.get(issue.sectionId) ?? [];
      listed.push({
        issue,
        where: describeIssueLocation(report, issue.path).slice(1).join(' › '),
      });
      bySection.set(issue.sectionId, listed);
    }
    return sectionIds.flatMap((sectionId) => {
      const listed = bySection.get(sectionId);
      return listed === undefined ? [] : [{ sectionId, listed }];
    });
  });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const choice = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  const closeWith = (next: () => void): void => {
    choice.current = next;
    dialogRef.current?.close();
  };
  return (
    <dialog
      ref={dialogRef}
      className="dialog final-export-dialog"
      aria-labelledby="final-export-title"
      aria-describedby="final-export-summary"
      onClose={() => (choice.current ?? onCancel)()}
    >
      <h2 id="final-export-title">Export a final report with open issues?</h2>
      <p id="final-export-summary">
        This report is marked Final, but {summarize(issues)}. You can export it anyway: nothing
        blocks the export, and the {formatLabel} file shows the report as it is now. Or pick an item
        to go to its field.
      </p>
      <div className="final-export-issues">
        {grouped.map(({ sectionId, listed }) => (
          <div key={sectionId} role="group" aria-labelledby={`final-export-${sectionId}`}>
            <h3 id={`final-export-${sectionId}`}>{getSectionDefinition(sectionId).title}</h3>
            <ul>
              {listed.map(({ issue, where }) => (
                <li key={`${issue.path}\n${issue.message}`}>
                  <span className={`issue-tag issue-tag--${issue.severity}`}>
                    {severityTags[issue.severity]}
                  </span>
                  <button
                    type="button"
                    className="issue-link"
                    onClick={() => closeWith(() => onGoToField(issue.path))}
                  >
                    {where === '' ? null : <span className="issue-where">{where}: </span>}
                    {issue.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="toolbar-button" onClick={() => closeWith(onCancel)}>
          Cancel
        </button>
        <button
          type="button"
          className="toolbar-button primary"
          onClick={() => closeWith(onExportAnyway)}
        >
          Export anyway
        </button>
      </div>
    </dialog>
  );
}
