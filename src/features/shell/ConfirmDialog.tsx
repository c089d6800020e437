import { useRef } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A modal question (native dialog: focus trap and Escape come with it). */
export default function ConfirmDialog({
  request,
  onClose,
}: {
  request: ConfirmRequest;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <Dialog
      dialogRef={dialogRef}
      labelledBy="confirm-title"
      describedBy="confirm-message"
      onClose={onClose}
    >
      <h2 id="confirm-title">{request.title}</h2>
      <p id="confirm-message">{request.message}</p>
      <DialogActions onCancel={() => dialogRef.current?.close()}>
        <button
          type="button"
          className="toolbar-button primary"
          onClick={() => {
            request.onConfirm();
            dialogRef.current?.close();
          }}
        >
          {request.confirmLabel}
        </button>
      </DialogActions>
    </Dialog>
  );
}
