import { useEffect, useId, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useDialogChoice } from '@/components/useDialogChoice';
import type { ReproductionGap } from '@/export/reproductionKit/reproductionGap';
import type { FieldPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import './issueNavigation.css';

/**
 * Before the reproduction kit is written: what the report lacks for an exact rerun, each a link to
 * the field that would give it.
 */
export default function ReproductionKitExportDialog({
  report,
  onExport,
  onGoToField,
  onCancel,
}: {
  /** A snapshot: the dialog is modal, so the report does not change under it. */
  report: Report;
  onExport: () => void;
  onGoToField: (path: FieldPath) => void;
  onCancel: () => void;
}) {
  const { dialogRef, closeWith, onClose } = useDialogChoice(onCancel);
  const [gaps, setGaps] = useState<readonly ReproductionGap[] | undefined>(undefined);
  const titleId = useId();
  const gapsId = useId();

  useEffect(() => {
    let current = true;
    // The kit's writers load with the dialog, not with the page.
    void import('@/export/reproductionKit/buildReproductionKit').then((module) => {
      if (current) setGaps(module.buildReproductionKit(report).gaps);
    });
    return () => {
      current = false;
    };
  }, [report]);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="reproduction-kit-dialog"
      labelledBy={titleId}
      describedBy={gapsId}
      onClose={onClose}
    >
      <h2 id={titleId}>Export a reproduction kit</h2>
      <p>
        A .zip with each model’s training_args.json, adapter and quantization configs,
        requirements.txt, train.py and run.sh, written from the report.
      </p>
      <div id={gapsId} role="status">
        {gaps === undefined ? (
          <p>Checking the report…</p>
        ) : gaps.length === 0 ? (
          <p>Nothing is missing: the report gives every value an exact rerun needs.</p>
        ) : (
          <>
            <p>
              What the report lacks for an exact rerun (the kit’s README lists it too). Pick one to
              fill it in, or export the kit as it is:
            </p>
            <ul aria-label="What the report lacks for an exact rerun" className="kit-gaps">
              {gaps.map((gap, index) => (
                // Two models may lack the same field with the same sentence.
                <li key={`${index} ${gap.path}`}>
                  <button
                    type="button"
                    className="issue-link"
                    onClick={() => closeWith(() => onGoToField(gap.path))}
                  >
                    <span className="issue-where">
                      {gap.location}
                      {gap.fieldLabel === '' ? '' : ` › ${gap.fieldLabel}`}:{' '}
                    </span>
                    {gap.message}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <DialogActions onCancel={() => closeWith(onCancel)}>
        <button
          type="button"
          className="toolbar-button primary"
          disabled={gaps === undefined}
          onClick={() => closeWith(onExport)}
        >
          Export reproduction kit
        </button>
      </DialogActions>
    </Dialog>
  );
}
