import { useRef } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogCloseActions } from '@/components/DialogActions';
import { useAppServices, useUiSelector } from '@/context/AppContext';

/** Says why a file was refused and where; the open report is untouched. */
export function RefusedImportDialog() {
  const { ui } = useAppServices();
  const refused = useUiSelector((state) => state.refusedImport);
  const dialogRef = useRef<HTMLDialogElement>(null);
  if (refused === undefined) return null;
  return (
    <Dialog
      dialogRef={dialogRef}
      className="dialog--alert"
      role="alertdialog"
      labelledBy="refused-import-title"
      describedBy="refused-import-message"
      onClose={() => ui.getState().setRefusedImport(undefined)}
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
