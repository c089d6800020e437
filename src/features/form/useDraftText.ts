import { useCallback, useEffect, useRef, useState } from 'react';
import { announcePendingEdit, registerPendingEdit } from '@/store/pendingEdits';
import { afterNextPaint } from '@/platform/afterNextPaint';
import { liveSession } from '@/session/liveSessionState';

const pauseMilliseconds = 300;

/**
 * How long before the commit the last held key was typed: the pause that splits undo steps is
 * measured from the user's last key, not from when the text was committed after it.
 */
export interface HeldTextTiming {
  typedMillisecondsAgo: number;
}

/**
 * Text typed into a field, held by the field until a pause (300 ms), blur or unmount, then handed
 * to `commit` once. A keystroke then re-renders one input instead of updating the store and every
 * subscriber of a large table. Undo, export, report switches and page hide take the text in first
 * (pending edits), as they do for rich text.
 *
 * `commitAfter: 'paint'` commits right after the frame that shows the change instead, for a choice
 * (a select) whose consequences the user expects at once but need not delay its own paint. While
 * the report is shared live every field commits that way: the others see each key as it is typed,
 * not after the typist pauses.
 */
export function useDraftText(
  commit: (text: string, timing: HeldTextTiming) => void,
  { commitAfter }: { commitAfter: 'pause' | 'paint' } = { commitAfter: 'pause' },
): {
  draft: string | undefined;
  change: (text: string) => void;
  flush: () => void;
} {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const draftRef = useRef<string | undefined>(undefined);
  const cancelScheduled = useRef<(() => void) | undefined>(undefined);
  const lastChangeAt = useRef(0);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    cancelScheduled.current?.();
    cancelScheduled.current = undefined;
    const text = draftRef.current;
    if (text === undefined) return;
    draftRef.current = undefined;
    commitRef.current(text, { typedMillisecondsAgo: performance.now() - lastChangeAt.current });
    setDraft(undefined);
  }, []);

  useEffect(
    () => registerPendingEdit({ flush, isPending: () => draftRef.current !== undefined }),
    [flush],
  );
  useEffect(() => flush, [flush]);

  const change = useCallback(
    (text: string) => {
      draftRef.current = text;
      lastChangeAt.current = performance.now();
      setDraft(text);
      cancelScheduled.current?.();
      if (commitAfter === 'paint' || liveSession.getState().status !== 'off')
        cancelScheduled.current = afterNextPaint(flush);
      else {
        const timer = setTimeout(flush, pauseMilliseconds);
        cancelScheduled.current = () => clearTimeout(timer);
      }
      announcePendingEdit();
    },
    [flush, commitAfter],
  );
  return { draft, change, flush };
}
