import { useRef, type RefObject } from 'react';

/** A modal dialog that runs the user's choice once it has closed; closed any other way (Escape), it cancels. */
export function useDialogChoice(onCancel: () => void): {
  dialogRef: RefObject<HTMLDialogElement | null>;
  closeWith: (choice: () => void) => void;
  onClose: () => void;
} {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const choice = useRef<(() => void) | undefined>(undefined);
  return {
    dialogRef,
    closeWith: (next) => {
      choice.current = next;
      dialogRef.current?.close();
    },
    onClose: () => (choice.current ?? onCancel)(),
  };
}
