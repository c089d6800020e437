import { useId, useState } from 'react';
import { useAppServices, useReportSelector } from '@/context/AppContext';
import type { CommentThread } from '@/model/comments/commentThreadSchema';
import { describeCommentAnchor } from '@/model/comments/describeCommentAnchor';
import { groupThreadsBySection } from '@/model/comments/groupThreadsBySection';
import { isSectionId, getSectionDefinition } from '@/model/sectionRegistry';
import { useGoToField } from '@/features/shell/useGoToField';
import { useCommentActions } from './useCommentActions';
import './comments.css';

function describeTime(isoTime: string): string {
  const time = new Date(isoTime);
  return isoTime === '' || Number.isNaN(time.getTime()) ? 'time not given' : time.toLocaleString();
}

function ThreadView({
  thread,
  placeName,
  fieldExists,
}: {
  thread: CommentThread;
  placeName: string;
  fieldExists: boolean;
}) {
  const actions = useCommentActions();
  const { ui } = useAppServices();
  const goToField = useGoToField();
  const [reply, setReply] = useState('');
  const replyId = useId();
  return (
    <li className="comment-thread">
      <p className="comment-place">
        {fieldExists ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (isSectionId(thread.anchor.path)) ui.getState().openSection(thread.anchor.path);
              else goToField(thread.anchor.path);
            }}
          >
            {placeName}
          </button>
        ) : (
          <span>{placeName} (field removed)</span>
        )}
      </p>
      {thread.anchor.range === undefined ? null : (
        <p className="comment-quote">“{thread.anchor.range.quote}”</p>
      )}
      <p className="comment-meta">
        <strong>{thread.author || 'Someone'}</strong> · {describeTime(thread.createdAt)}
      </p>
      <p className="comment-body">{thread.body}</p>
      {thread.replies.length === 0 ? null : (
        <ul className="comment-replies">
          {thread.replies.map((answer) => (
            <li key={answer.id}>
              <p className="comment-meta">
                <strong>{answer.author || 'Someone'}</strong> · {describeTime(answer.createdAt)}
              </p>
              <p className="comment-body">{answer.body}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        className="comment-reply"
        onSubmit={(event) => {
          event.preventDefault();
          if (actions.reply(thread.id, reply)) setReply('');
        }}
      >
        <label className="visually-hidden" htmlFor={replyId}>
          Reply to {thread.author || 'this comment'}
        </label>
        <textarea
          id={replyId}
          rows={2}
          value={reply}
          placeholder="Reply…"
          onChange={(event) => setReply(event.target.value)}
        />
        <div className="comment-actions">
          <button type="submit" className="toolbar-button" disabled={reply.trim() === ''}>
            Reply
          </button>
          <button
            type="button"
            className="toolbar-button"
            onClick={() => actions.resolve(thread.id)}
          >
            Resolve
          </button>
        </div>
      </form>
    </li>
  );
}

/** Open threads by section, each with its replies, a Reply box and Resolve. */
export default function CommentsPanel({ onClose }: { onClose: () => void }) {
  // The comments list changes only when a comment does: typing in a field leaves this panel be.
  const comments = useReportSelector((state) => state.document.report.comments);
  const { session } = useAppServices();
  const report = session.store.getState().document.report;
  const groups = groupThreadsBySection({ ...report, comments }, { includeResolved: false });
  const headingId = useId();
  return (
    <aside className="comments-panel" aria-labelledby={headingId}>
      <div className="comments-panel-header">
        <h2 id={headingId}>Comments</h2>
        <button type="button" className="toolbar-button" onClick={onClose}>
          Close comments
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="comments-empty">No open comments.</p>
      ) : (
        groups.map((group) => (
          <section key={group.sectionId} aria-label={getSectionDefinition(group.sectionId).title}>
            <h3>{getSectionDefinition(group.sectionId).title}</h3>
            <ul className="comment-threads">
              {group.threads.map(({ thread, fieldExists }) => (
                <ThreadView
                  key={thread.id}
                  thread={thread}
                  fieldExists={fieldExists}
                  placeName={describeCommentAnchor(report, thread.anchor.path)}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </aside>
  );
}
