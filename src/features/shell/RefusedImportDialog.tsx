import { useRef } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogCloseActions } from '@/components/DialogActions';
import type { RefusedImport } from '@/store/uiStore';

/** Says why a file was refused and where; the open report is untouched. */
export default function RefusedImportDialog({
  refused,
  onClose,
}: {
  refused: RefusedImport;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--alert"
      role="alertdialog"
      labelledBy="refused-import-title"
      describedBy="refused-import-message"
      onClose={onClose}
    >
      <h2 id="refused-import-title">{refused.title ?? `“${refused.fileName}” was not imported`}</h2>
      <p id="refused-import-message">{refused.message} Your open report has not been changed.</p>
      {refused.details.length === 0 ? null : (
        <ul className="refused-details">
          {refused.details.map((detail) => (
            <li key={detail}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      <DialogCloseActions onClose={() => dialogRef.current?.close()} />
    </Dialog>
  );
}
