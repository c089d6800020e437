import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import type { CommentAnchor } from '@/model/comments/commentThreadSchema';
import { describeCommentAnchor } from '@/model/comments/describeCommentAnchor';
import { getValueAtPath, sectionIdOfPath } from '@/model/fieldPath';
import { isRecord } from '@/model/isRecord';
import { richTextToPlainText, type RichText } from '@/model/richText';
import { flushPendingEdits } from '@/store/pendingEdits';
import { lastFocusedFieldPath, startTrackingFocusedField } from './focusedFieldPath';

const CommentDialog = lazy(() => import('./CommentDialog'));

/** The selected part of a rich-text field, as quote and offsets into its plain text. */
function selectedRange(richText: unknown): CommentAnchor['range'] {
  const quote = window.getSelection()?.toString().trim() ?? '';
  if (quote === '' || !isRecord(richText) || richText['type'] !== 'doc') return undefined;
  const start = richTextToPlainText(richText as unknown as RichText).indexOf(quote);
  return start === -1 ? undefined : { quote, start, end: start + quote.length };
}

/** Taken when the pointer goes down, while the field's selection still exists. */
let pendingAnchor: CommentAnchor | undefined;

/**
 * One Comment button for the whole form: it comments on the field that last had the focus in the
 * open section, or on the section itself. Nothing per field and nothing on the typing path.
 */
export function CommentButton() {
  const { session, ui } = useAppServices();
  const [request, setRequest] = useState<{ anchor: CommentAnchor; placeName: string }>();
  useEffect(startTrackingFocusedField, []);
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        title="Comment on the field you were in, or on the open section"
        onPointerDown={() => {
          // Read the selection before the click takes it away.
          const path = lastFocusedFieldPath();
          const openSection = ui.getState().openSectionId;
          const report = session.store.getState().document.report;
          if (path !== undefined && sectionIdOfPath(path) === openSection) {
            const range = selectedRange(getValueAtPath(report, path));
            pendingAnchor = range === undefined ? { path } : { path, range };
          } else pendingAnchor = { path: openSection };
        }}
        onClick={() => {
          flushPendingEdits();
          const openSection = ui.getState().openSectionId;
          const path = lastFocusedFieldPath();
          const anchor =
            pendingAnchor ??
            (path !== undefined && sectionIdOfPath(path) === openSection
              ? { path }
              : { path: openSection });
          pendingAnchor = undefined;
          const report = session.store.getState().document.report;
          setRequest({ anchor, placeName: describeCommentAnchor(report, anchor.path) });
        }}
      >
        Comment
      </button>
      {request === undefined ? null : (
        <Suspense fallback={null}>
          <CommentDialog
            anchor={request.anchor}
            placeName={request.placeName}
            onClose={() => setRequest(undefined)}
          />
        </Suspense>
      )}
    </>
  );
}
