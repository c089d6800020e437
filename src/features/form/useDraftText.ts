import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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

type TextControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Text typed into a field, held by the control itself until a pause (300 ms), blur or unmount,
 * then handed to `commit` once. The control is uncontrolled (render it with
 * `defaultValue={shown}`): a key re-renders nothing, where a controlled input re-rendered its
 * field on every key. What the store holds is written into the control when it changes while nothing is held: undo, import,
 * a suggestion, a co-editor. Undo, export, report switches and page hide take the held text in
 * first (pending edits), as they do for rich text.
 *
 * `commitAfter: 'paint'` commits right after the frame that shows the change instead, for a choice
 * (a select) whose consequences the user expects at once but need not delay its own paint. While
 * the report is shared live every field commits that way: the others see each key as it is typed,
 * not after the typist pauses.
 */
export function useDraftText(
  elementRef: RefObject<TextControl | null>,
  shown: string,
  commit: (text: string, timing: HeldTextTiming) => void,
  { commitAfter }: { commitAfter: 'pause' | 'paint' } = { commitAfter: 'pause' },
): {
  /** Takes the control's new text; returns nothing to render. */
  change: (text: string) => void;
  flush: () => void;
  /** Puts back what the control held before a change the field does not take. */
  refuse: () => void;
} {
  const heldRef = useRef<string | undefined>(undefined);
  const shownRef = useRef(shown);
  const cancelScheduled = useRef<(() => void) | undefined>(undefined);
  const lastChangeAt = useRef(0);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });
  // Each commit renders the field once more, so a commit the store did not take (another report
  // is open, a number it refuses) puts back what it holds, as a change from elsewhere does.
  const [commits, setCommits] = useState(0);

  useLayoutEffect(() => {
    shownRef.current = shown;
    const element = elementRef.current;
    if (heldRef.current === undefined && element !== null && element.value !== shown)
      element.value = shown;
  }, [elementRef, shown, commits]);

  const flush = useCallback(() => {
    cancelScheduled.current?.();
    cancelScheduled.current = undefined;
    const text = heldRef.current;
    if (text === undefined) return;
    heldRef.current = undefined;
    commitRef.current(text, { typedMillisecondsAgo: performance.now() - lastChangeAt.current });
    setCommits((count) => count + 1);
  }, []);

  useEffect(
    () => registerPendingEdit({ flush, isPending: () => heldRef.current !== undefined }),
    [flush],
  );
  useEffect(() => flush, [flush]);

  const change = useCallback(
    (text: string) => {
      heldRef.current = text;
      lastChangeAt.current = performance.now();
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

  const refuse = useCallback(() => {
    const element = elementRef.current;
    if (element !== null) element.value = heldRef.current ?? shownRef.current;
  }, [elementRef]);

  return { change, flush, refuse };
}
