import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';

export interface TextPromptRequest {
  title: string;
  label: string;
  initialValue: string;
  confirmLabel: string;
  placeholder?: string;
  /** A message saying what is wrong with the text, or undefined when it can be used. */
  validate?: (text: string) => string | undefined;
  onConfirm: (text: string) => void;
}

/**
 * Asks for one line of text in a modal dialog (native dialog: focus trap and Escape come with it),
 * instead of window.prompt, which cannot explain a wrong value or keep what was typed.
 */
export function TextPromptDialog({
  request,
  onClose,
}: {
  request: TextPromptRequest;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(request.initialValue);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const titleId = useId();
  const inputId = useId();
  const problemId = useId();
  // Dialog, a child, runs its effect first: the dialog is open before the text is selected.
  useEffect(() => {
    inputRef.current?.select();
  }, []);
  const submit = (): void => {
    const found = request.validate?.(text);
    setProblem(found);
    if (found !== undefined) {
      inputRef.current?.focus();
      return;
    }
    request.onConfirm(text);
    dialogRef.current?.close();
  };
  return (
    <Dialog dialogRef={dialogRef} labelledBy={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={titleId}>{request.title}</h2>
        <label className="field-label prompt-label" htmlFor={inputId}>
          {request.label}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          value={text}
          placeholder={request.placeholder}
          autoComplete="off"
          aria-invalid={problem === undefined ? undefined : true}
          aria-describedby={problem === undefined ? undefined : problemId}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
        />
        {problem === undefined ? null : (
          <p id={problemId} className="field-issue field-issue--error" role="alert">
            {problem}
          </p>
        )}
        <DialogActions onCancel={() => dialogRef.current?.close()}>
          <button type="submit" className="toolbar-button primary">
            {request.confirmLabel}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
