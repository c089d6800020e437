import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useAppServices } from '@/context/AppContext';

/**
 * Asks for a version's name and note (the name is needed, the note is not), keeps the version and
 * says whether it was kept.
 */
export default function SaveVersionDialog({
  initialName,
  onClose,
}: {
  initialName: string;
  onClose: () => void;
}) {
  const { session, ui } = useAppServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initialName);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const titleId = useId();
  const nameId = useId();
  const noteId = useId();
  const problemId = useId();
  // The suggested name (the report's Version) is selected, so typing replaces it.
  useEffect(() => {
    nameRef.current?.select();
  }, []);
  return (
    <Dialog dialogRef={dialogRef} labelledBy={titleId} onClose={onClose}>
      <form
        method="dialog"
        className="save-version-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') {
            setProblem('Give the version a name, e.g. “v1.1” or “Sent to review”.');
            nameRef.current?.focus();
            return;
          }
          const savedName = name.trim();
          void session.versions.saveVersion(savedName, note.trim()).then(
            () =>
              ui
                .getState()
                .addNotice({ kind: 'version-saved', text: `Saved the version “${savedName}”.` }),
            (error: unknown) =>
              ui.getState().addNotice({
                kind: 'version-saved',
                text: `The version “${savedName}” was not saved (${error instanceof Error ? error.message : String(error)}). The report itself is unchanged.`,
              }),
          );
          dialogRef.current?.close();
        }}
      >
        <h2 id={titleId}>Save version</h2>
        <p className="dialog-lead">
          Keeps the report as it is now in History, to compare with or go back to later.
        </p>
        <label className="field-label" htmlFor={nameId}>
          Version name
        </label>
        <input
          ref={nameRef}
          id={nameId}
          type="text"
          value={name}
          autoComplete="off"
          aria-invalid={problem === undefined ? undefined : true}
          aria-describedby={problem === undefined ? undefined : problemId}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
          }}
        />
        {problem === undefined ? null : (
          <p id={problemId} className="field-issue field-issue--error" role="alert">
            {problem}
          </p>
        )}
        <label className="field-label" htmlFor={noteId}>
          Note
        </label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          placeholder="What changed, who it is for"
          onChange={(event) => setNote(event.target.value)}
        />
        <DialogActions onCancel={() => dialogRef.current?.close()}>
          <button type="submit" className="toolbar-button primary">
            Save version
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
