import type { ReactNode } from 'react';

/** The row of buttons that ends a dialog: Cancel first, then the dialog's own actions. */
export function DialogActions({
  onCancel,
  children,
}: {
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}

/** The row that ends a dialog with nothing to confirm: the dialog's own actions, then Close. */
export function DialogCloseActions({
  onClose,
  children,
}: {
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" className="toolbar-button primary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
