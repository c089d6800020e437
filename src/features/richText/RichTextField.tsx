import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { RichTextFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { countRichTextWords, createEmptyRichText, type RichText } from '@/model/richText';
import { describeWordCount } from '@/model/describeWordCount';
import { useTouchField } from '@/features/form/useTouchField';
import { useAppServices, useUiSliceSelector } from '@/context/AppContext';
import { useFieldValue } from '@/features/form/useFieldValue';
import { useReportId } from '@/features/form/useReportId';
import { describedBy, FieldFrame, labelId } from '@/features/form/FieldFrame';
import { fieldElementId } from '@/features/form/fieldElementId';
import { useFieldIssue } from '@/features/form/useFieldIssue';
import { useFieldRequired } from '@/features/form/useFieldRequired';
import { queueEditorMount } from './editorMountQueue';
import { RichTextStandIn, type RichTextStandInHandle } from './RichTextStandIn';

/** Whether the editor's code is in, so an editor mounted now shows without waiting for it. */
let richTextEditorLoaded = false;
const importRichTextEditor = () => import('./RichTextEditor');
let richTextEditorModule: ReturnType<typeof importRichTextEditor> | undefined;
/**
 * One import for every field and focus: each import() runs Vite's preload, which searches the whole
 * page for the editor's files, in the task of the click that focused the field.
 */
const loadRichTextEditor = (): ReturnType<typeof importRichTextEditor> => {
  richTextEditorModule ??= importRichTextEditor().then(
    (module) => {
      richTextEditorLoaded = true;
      return module;
    },
    (error: unknown) => {
      // A failed fetch (offline) is tried again by the next field that asks.
      richTextEditorModule = undefined;
      throw error;
    },
  );
  return richTextEditorModule;
};
// Tiptap stays out of the first load; it is fetched once the page is idle (preloadRichTextEditor)
// or when a rich-text field is shown, whichever comes first.
const RichTextEditor = lazy(loadRichTextEditor);

export function preloadRichTextEditor(): void {
  void loadRichTextEditor();
}

/**
 * Queues a mount once the editor's code is in: mounted before, every waiting field would render
 * its editor in the one task where the code arrives, perhaps between a click and its first key.
 */
function queueMountOnceLoaded(mount: () => void): () => void {
  let cancelled = false;
  let cancelQueued: (() => void) | undefined;
  void loadRichTextEditor().then(() => {
    if (!cancelled) cancelQueued = queueEditorMount(mount);
  });
  return () => {
    cancelled = true;
    cancelQueued?.();
  };
}

function wordCountId(controlId: string): string {
  return `${controlId}-word-count`;
}

function isRichText(value: unknown): value is RichText {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc'
  );
}

/**
 * Shows the text at once, editable (RichTextStandIn), and mounts the editor only when the field
 * scrolls near the viewport or takes focus; the editor then takes over the text and the caret.
 */
export function RichTextField({ path, spec }: { path: FieldPath; spec: RichTextFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const stored = useFieldValue(path);
  const reportId = useReportId();
  // One empty document per stored value: a new one each render would look like a change of value
  // to the editor and the stand-in, which compare by identity on every render.
  const value = useMemo(() => (isRichText(stored) ? stored : createEmptyRichText()), [stored]);
  const issue = useFieldIssue(path);
  const required = useFieldRequired(path, spec);
  const controlId = fieldElementId(path);
  const focusSerial = useUiSliceSelector(['focusRequest'], (state) =>
    state.focusRequest?.path === path ? state.focusRequest.serial : undefined,
  );
  const containerRef = useRef<HTMLDivElement>(null);
  const standInRef = useRef<RichTextStandInHandle>(null);
  const [editorReady, setEditorReady] = useState(false);
  // A commit re-renders the field even when the value it then holds looks unchanged (an undo right
  // after it), so the editor compares what it shows with the store again.
  const [, setCommitCount] = useState(0);
  const wordCount = useMemo(
    () =>
      spec.lengthHintWords === undefined
        ? undefined
        : describeWordCount(countRichTextWords(value), spec),
    [value, spec],
  );
  const [nearViewport, setNearViewport] = useState(
    () => typeof IntersectionObserver === 'undefined',
  );
  const [focusedBeforeMount, setFocusedBeforeMount] = useState(false);
  // Next issue pointing here mounts the editor too.
  const mounted = nearViewport || focusedBeforeMount || focusSerial !== undefined;

  useEffect(() => {
    const element = containerRef.current;
    if (nearViewport || element === null) return;
    let cancelMount: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (cancelMount === undefined && entries.some((entry) => entry.isIntersecting))
          cancelMount = queueMountOnceLoaded(() => setNearViewport(true));
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelMount?.();
    };
  }, [nearViewport]);

  const cancelFocusMount = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => cancelFocusMount.current?.(), []);
  const mountAfterFocus = (): void => {
    cancelFocusMount.current ??= queueMountOnceLoaded(() => setFocusedBeforeMount(true));
  };
  // A paste is not typing: the editor mounts now and makes the paste the stand-in hands over.
  const mountForMarkupPaste = (): boolean => {
    if (!richTextEditorLoaded) return false;
    setFocusedBeforeMount(true);
    return true;
  };

  useEffect(() => {
    if (focusSerial === undefined) return;
    containerRef.current?.scrollIntoView({ block: 'center' });
    if (standInRef.current?.focusAtEnd() === true) return;
    // Not by id: while the editor takes over, the stand-in leaving still holds the same id. On a
    // busy machine the editor has taken the text but not yet put its view in the page: wait for it.
    // Its view may also be in the page before it can take focus; the attempts stop as soon as
    // focus is anywhere but on nothing or in this field.
    let frame = 0;
    let attempts = 0;
    const focusEditor = (): void => {
      const container = containerRef.current;
      const editable = container?.querySelector<HTMLElement>('.ProseMirror');
      editable?.focus();
      const active = document.activeElement;
      if (active !== null && active === editable) return;
      const focusIsFree =
        active === null || active === document.body || container?.contains(active) === true;
      if (focusIsFree && attempts < 300) {
        attempts += 1;
        frame = requestAnimationFrame(focusEditor);
      }
    };
    focusEditor();
    return () => cancelAnimationFrame(frame);
  }, [focusSerial]);

  const commit = (next: RichText): void => {
    const state = session.store.getState();
    // An editor unmounting after a switch must not write its text into the next report.
    if (state.document.report.id === reportId)
      state.setFieldValue(path, next, { coalesceKey: path });
    setCommitCount((count) => count + 1);
  };
  const invalid = issue?.severity === 'error';

  return (
    <FieldFrame
      controlId={controlId}
      label={spec.label}
      help={spec.help}
      example={spec.example}
      issue={issue}
      required={required}
      labelIsText
      ownForm={false}
    >
      <div ref={containerRef}>
        {editorReady ? null : (
          <RichTextStandIn
            ref={standInRef}
            value={value}
            controlId={controlId}
            labelId={labelId(controlId)}
            describedById={describedBy(controlId, issue)}
            invalid={invalid}
            onCommit={commit}
            onFocus={mountAfterFocus}
            onBlur={() => touchField(path)}
            onMarkupPaste={mountForMarkupPaste}
          />
        )}
        {mounted ? (
          <Suspense fallback={null}>
            <RichTextEditor
              path={path}
              value={value}
              label={spec.label}
              labelId={labelId(controlId)}
              describedById={describedBy(controlId, issue)}
              controlId={controlId}
              invalid={invalid}
              takeOverStandIn={() => standInRef.current?.handOver()}
              onReady={() => setEditorReady(true)}
              onCommit={commit}
              onBlur={() => touchField(path)}
            />
          </Suspense>
        ) : null}
      </div>
      {wordCount === undefined ? null : (
        <p className="field-word-count" id={wordCountId(controlId)}>
          {wordCount}
        </p>
      )}
    </FieldFrame>
  );
}
