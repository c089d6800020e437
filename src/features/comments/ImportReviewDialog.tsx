import { useId, useRef, useState } from 'react';
import { Dialog } from '@/components/Dialog';
import { DialogActions } from '@/components/DialogActions';
import { useAppServices } from '@/context/AppContext';
import type { DocxReview } from '@/import/docxReview/docxReview';
import { applyDocxReview } from '@/import/docxReview/applyDocxReview';
import { describeCommentAnchor } from '@/model/comments/describeCommentAnchor';
import { createId } from '@/platform/createId';
import { flushPendingEdits } from '@/store/pendingEdits';
import './comments.css';

export type ReviewReading =
  | { fileName: string; review: DocxReview }
  | { fileName: string; refusal: { message: string; details: string[] } };

/**
 * Shows what a reviewed Word file holds before anything is written: its comments, and each
 * suggested change with Accept and Reject. Apply review writes the comments and the accepted
 * changes as one undo step; Cancel writes nothing.
 */
export default function ImportReviewDialog({
  reading,
  onClose,
}: {
  reading: ReviewReading;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { session } = useAppServices();
  const titleId = useId();
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const report = session.store.getState().document.report;
  if ('refusal' in reading)
    return (
      <Dialog dialogRef={dialogRef} labelledBy={titleId} role="alertdialog" onClose={onClose}>
        <h2 id={titleId}>Import review: {reading.fileName} was not imported</h2>
        <p>{reading.refusal.message}</p>
        {reading.refusal.details.length === 0 ? null : (
          <ul>
            {reading.refusal.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
        <p>The open report was not changed.</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="toolbar-button primary"
            onClick={() => dialogRef.current?.close()}
          >
            Close
          </button>
        </div>
      </Dialog>
    );
  const { review } = reading;
  const choose = (index: number, accept: boolean) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (accept) next.add(index);
      else next.delete(index);
      return next;
    });
  return (
    <Dialog dialogRef={dialogRef} labelledBy={titleId} className="review-dialog" onClose={onClose}>
      <h2 id={titleId}>Import review: {reading.fileName}</h2>
      {review.fromApp ? null : (
        <p>
          This Word file was not exported by ML Report Studio: its comments go to the Appendix
          section as a list.
        </p>
      )}
      <h3>Comments ({review.threads.length})</h3>
      {review.threads.length === 0 ? (
        <p>No comments.</p>
      ) : (
        <ul className="review-list" aria-label="Comments in the file">
          {review.threads.map((thread, index) => (
            <li key={index}>
              <strong>{describeCommentAnchor(report, thread.anchor.path)}</strong>
              {thread.onField ? '' : ' (not on a field)'}: {thread.author || 'Someone'} —{' '}
              <span className="comment-body">{thread.body}</span>
              {thread.replies.length === 0 ? null : ` (${thread.replies.length} replies)`}
            </li>
          ))}
        </ul>
      )}
      <h3>Suggested changes ({review.suggestions.length})</h3>
      {review.suggestions.length === 0 ? (
        <p>No tracked changes inside fields.</p>
      ) : (
        <ul className="review-list" aria-label="Suggested changes">
          {review.suggestions.map((suggestion, index) => {
            const place = describeCommentAnchor(report, suggestion.path);
            const isAccepted = accepted.has(index);
            return (
              <li key={suggestion.path} className="review-change">
                <strong>{place}</strong>
                <p>
                  <del>{suggestion.before}</del>
                </p>
                <p>
                  <ins>{suggestion.after}</ins>
                </p>
                <div className="comment-actions" role="group" aria-label={`Change to ${place}`}>
                  <button
                    type="button"
                    className="toolbar-button"
                    aria-pressed={isAccepted}
                    onClick={() => choose(index, true)}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    className="toolbar-button"
                    aria-pressed={!isAccepted}
                    onClick={() => choose(index, false)}
                  >
                    Reject
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {review.suggestionsWithoutField === 0 ? null : (
        <p>
          {review.suggestionsWithoutField} tracked changes are in fields this report no longer has
          and are left out.
        </p>
      )}
      {outcome === undefined ? null : <p role="alert">{outcome}</p>}
      <DialogActions onCancel={() => dialogRef.current?.close()}>
        <button
          type="button"
          className="toolbar-button primary"
          onClick={() => {
            flushPendingEdits();
            let notApplied: string[] = [];
            const written = session.store.getState().updateReport((current) => {
              const applied = applyDocxReview(current, review, accepted, createId);
              notApplied = applied.notApplied.map(
                (item) => `${describeCommentAnchor(current, item.path)}: ${item.reason}`,
              );
              return applied.report;
            });
            if (!written) {
              setOutcome('The review could not be applied: it does not fit the report.');
              return;
            }
            if (notApplied.length > 0) {
              setOutcome(`Applied, except: ${notApplied.join(' ')}`);
              return;
            }
            dialogRef.current?.close();
          }}
        >
          Apply review
        </button>
      </DialogActions>
    </Dialog>
  );
}
