import { useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useDialogChoice } from '@/components/useDialogChoice';
import { useAppServices } from '@/context/AppContext';
import type { FieldPath } from '@/model/fieldPath';
import { groupIssuesBySection } from '@/model/groupIssuesBySection';
import { issuesToVisit } from '@/model/issuesToVisit';
import type { IssueSeverity, ReportIssue } from '@/model/reportIssue';
import { IssueList } from './IssueList';
import './issueNavigation.css';

function countPhrase(count: number, singular: string, plural: string): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? `1 ${singular}` : `${count} ${plural}`;
}

function summarize(issues: readonly ReportIssue[]): string {
  const count = (severity: IssueSeverity) =>
    issues.filter((issue) => issue.severity === severity).length;
  const parts = [
    countPhrase(count('missing'), 'required field is empty', 'required fields are empty'),
    countPhrase(count('recommended'), 'recommended field is empty', 'recommended fields are empty'),
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
export default function FinalExportDialog({
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
  // A snapshot: the dialog is modal, so nothing changes under it. It opens once the analysis is in.
  const [issues] = useState(() => issuesToVisit(analysis.getState().analysis?.issues ?? []));
  const [grouped] = useState(() =>
    groupIssuesBySection(session.store.getState().document.report, issues),
  );
  const { dialogRef, closeWith, onClose } = useDialogChoice(onCancel);
  return (
    <Dialog
      dialogRef={dialogRef}
      className="final-export-dialog"
      labelledBy="final-export-title"
      describedBy="final-export-summary"
      onClose={onClose}
    >
      <h2 id="final-export-title">Export a final report with open issues?</h2>
      <p id="final-export-summary">
        This report is marked Final, but {summarize(issues)}. You can export it anyway: nothing
        blocks the export, and the {formatLabel} file shows the report as it is now. Or pick an item
        to go to its field.
      </p>
      <div className="final-export-issues">
        <IssueList
          groups={grouped}
          idPrefix="final-export"
          onGoToField={(path) => closeWith(() => onGoToField(path))}
        />
      </div>
      <DialogActions onCancel={() => closeWith(onCancel)}>
        <button
          type="button"
          className="toolbar-button primary"
          onClick={() => closeWith(onExportAnyway)}
        >
          Export anyway
        </button>
      </DialogActions>
    </Dialog>
  );
}
