import { useId, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import type { CommentAnchor } from '@/model/comments/commentThreadSchema';
import { maximumCommentLength } from '@/model/comments/commentThreadSchema';
import { readReviewerName, saveReviewerName } from '@/platform/reviewerName';
import { useCommentActions } from './useCommentActions';

/** Writes a comment on one field or section; asks for the author's name the first time only. */
export default function CommentDialog({
  anchor,
  placeName,
  onClose,
}: {
  anchor: CommentAnchor;
  /** What the comment is on, e.g. `Title page › Organization`. */
  placeName: string;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const actions = useCommentActions();
  const knownName = readReviewerName();
  const [name, setName] = useState(knownName);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const titleId = useId();
  const nameId = useId();
  const bodyId = useId();
  const problemId = useId();
  const submit = (): void => {
    if (name.trim() === '') {
      setProblem('Give your name: it is shown with your comments.');
      return;
    }
    if (body.trim() === '') {
      setProblem('Write the comment first.');
      return;
    }
    if (name.trim() !== knownName) saveReviewerName(name.trim());
    if (!actions.addComment(anchor, body)) {
      setProblem('The comment could not be added: it may be too long.');
      return;
    }
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
        <h2 id={titleId}>Comment on {placeName}</h2>
        {anchor.range === undefined ? null : (
          <p className="comment-quote">“{anchor.range.quote}”</p>
        )}
        {knownName === '' ? (
          <>
            <label className="field-label prompt-label" htmlFor={nameId}>
              Your name
            </label>
            <input
              id={nameId}
              type="text"
              value={name}
              maxLength={200}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          </>
        ) : null}
        <label className="field-label prompt-label" htmlFor={bodyId}>
          Comment
        </label>
        <textarea
          id={bodyId}
          className="comment-text"
          rows={4}
          value={body}
          maxLength={maximumCommentLength}
          aria-describedby={problem === undefined ? undefined : problemId}
          onChange={(event) => {
            setBody(event.target.value);
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
            Add comment
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
