import { lazy, Suspense, useState } from 'react';
import { useReportSelector } from '@/context/AppContext';
import './comments.css';

// The threads, replies and their actions load with the first opening of the panel.
const CommentsPanel = lazy(() => import('./CommentsPanel'));

/** Shows or hides the Comments panel; its name carries the count of open threads. */
export function CommentsButton() {
  const [open, setOpen] = useState(false);
  // The list keeps its identity while fields are typed in, so this re-renders only for comments.
  const comments = useReportSelector((state) => state.document.report.comments);
  const openCount = comments.filter((thread) => !thread.resolved).length;
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        aria-pressed={open}
        onClick={() => setOpen((current) => !current)}
      >
        Comments
        {openCount === 0 ? null : (
          <span className="comments-count" aria-hidden="true">
            {openCount}
          </span>
        )}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CommentsPanel onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
