import { useEffect, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  /** The owner closes the dialog with `dialogRef.current?.close()`, which then calls `onClose`. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  labelledBy: string;
  describedBy?: string;
  /** `alertdialog` for a message that must be read before going on. */
  role?: 'alertdialog';
  /** Classes besides `dialog`, for its size or look. */
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog, open from the moment it mounts. The native `<dialog>` opened with `showModal`
 * brings the focus trap, Escape and the return of focus to where it was.
 */
export function Dialog({
  dialogRef,
  labelledBy,
  describedBy,
  role,
  className,
  onClose,
  children,
}: DialogProps) {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, [dialogRef]);
  return (
    <dialog
      ref={dialogRef}
      className={className === undefined ? 'dialog' : `dialog ${className}`}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
