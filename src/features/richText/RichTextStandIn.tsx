import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import type { RichText, RichTextNode } from '@/model/richText';
import { keepUnchangedValues } from '@/model/changes/keepUnchangedValues';
import { announcePendingEdit, registerPendingEdit } from '@/store/pendingEdits';
import { readEditableRichText, type DomPoint } from './readEditableRichText';
import { RichTextView } from './RichTextView';

/** What the stand-in hands the editor when it mounts: typed text not yet taken in, and the caret. */
export interface StandInHandOver {
  /** The text as typed, or undefined when the stand-in holds nothing the value lacks. */
  content: RichText | undefined;
  /** Document positions of the selection, when the stand-in has focus. */
  selection: { anchor: number; head: number } | undefined;
  focused: boolean;
  /** A paste with markup the stand-in took, for the editor to make at the caret. */
  paste: MarkupPaste | undefined;
}

/** A paste with markup, read from the clipboard when it happened. */
export interface MarkupPaste {
  html: string;
  text: string;
}

export interface RichTextStandInHandle {
  handOver: () => StandInHandOver | undefined;
  /** Focuses the stand-in with the caret at the end; false once it has handed over. */
  focusAtEnd: () => boolean;
}

const syncDelayMilliseconds = 300;
/** RichTextView's default: a level-1 heading of a field is an h3. */
const headingDepth = 2;

/** An empty line has no height to click or type into; a <br> holds it open, as in the editor. */
function withOpenEmptyLines<Node extends RichText | RichTextNode>(node: Node): Node {
  const isTextblock = node.type === 'paragraph' || node.type === 'heading';
  if (node.content === undefined || node.content.length === 0) {
    if (isTextblock) return { ...node, content: [{ type: 'hardBreak' }] };
    if (node.type === 'doc')
      return { ...node, content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }] };
    return node;
  }
  return { ...node, content: node.content.map((child) => withOpenEmptyLines(child)) };
}

function caretAtEnd(element: HTMLElement): void {
  const selection = window.getSelection();
  if (selection === null) return;
  selection.selectAllChildren(element);
  selection.collapseToEnd();
}

/**
 * The field before its editor has loaded: the stored text in a plain contenteditable element, so a
 * click shows the caret at once and every key typed (Enter, Backspace, arrows, Ctrl+End…) acts at
 * once. Its text is read back into the store after a pause, on blur, before undo or export, and
 * handed to the editor, caret included, when the editor mounts.
 */
export function RichTextStandIn({
  ref,
  value,
  controlId,
  labelId,
  describedById,
  invalid,
  onCommit,
  onFocus,
  onBlur,
  onMarkupPaste,
}: {
  ref: Ref<RichTextStandInHandle>;
  value: RichText;
  controlId: string;
  labelId: string;
  describedById: string;
  invalid: boolean;
  onCommit: (value: RichText) => void;
  onFocus: () => void;
  onBlur: () => void;
  /**
   * Has the editor mount at once for a paste that carries markup (links, lists), which the
   * stand-in then hands over; false when the editor's code is not in.
   */
  onMarkupPaste: () => boolean;
}) {
  const [shown, setShown] = useState({ value, version: 0 });
  const editableRef = useRef<HTMLDivElement>(null);
  const state = useRef({
    dirty: false,
    handedOver: false,
    refocus: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    paste: undefined as MarkupPaste | undefined,
    lastCommitted: value,
    /** The blocks as rendered that nothing has changed since, by element. */
    unchangedBlocks: (): ReadonlyMap<Node, RichTextNode> => new Map<Node, RichTextNode>(),
  });
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });

  const read = (element: Element, points: readonly DomPoint[]) =>
    readEditableRichText(element, points, state.current.unchangedBlocks(), headingDepth);

  const commit = (element: Element | null): void => {
    const current = state.current;
    clearTimeout(current.timer);
    current.timer = undefined;
    if (!current.dirty || current.handedOver || element === null) return;
    current.dirty = false;
    // The blocks not typed into stay the objects the store holds: it keeps this very value.
    const next = keepUnchangedValues(current.lastCommitted, read(element, []).content);
    current.lastCommitted = next;
    commitRef.current(next);
  };
  const commitNow = (): void => commit(editableRef.current);
  const commitNowRef = useRef(commitNow);
  useEffect(() => {
    commitNowRef.current = commitNow;
  });

  useEffect(
    () =>
      registerPendingEdit({
        flush: () => commitNowRef.current(),
        isPending: () => state.current.dirty && !state.current.handedOver,
      }),
    [],
  );

  useEffect(() => {
    const element = editableRef.current;
    if (element === null) return;
    const current = state.current;
    // The blocks as rendered keep their stored node until something in them changes. Watching
    // for changes costs nothing before a key, where copying every block's HTML to compare it later
    // made the first key in a long field wait.
    const blocks = shown.value.content ?? [];
    const unchanged = new Map<Node, RichTextNode>();
    [...element.children].forEach((child, index) => {
      const node = blocks[index];
      if (node !== undefined) unchanged.set(child, node);
    });
    const forgetChanged = (records: readonly MutationRecord[]): void => {
      for (const record of records) {
        let block: Node | null = record.target;
        while (block !== null && block.parentNode !== element) block = block.parentNode;
        if (block !== null) unchanged.delete(block);
      }
    };
    const observer = new MutationObserver(forgetChanged);
    observer.observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    current.unchangedBlocks = () => {
      forgetChanged(observer.takeRecords());
      return unchanged;
    };
    const input = (): void => {
      current.dirty = true;
      clearTimeout(current.timer);
      current.timer = setTimeout(() => commit(element), syncDelayMilliseconds);
      announcePendingEdit();
    };
    element.addEventListener('input', input);
    if (current.refocus) {
      current.refocus = false;
      element.focus();
    }
    return () => {
      element.removeEventListener('input', input);
      // Leaving the section before the editor loaded: what was typed goes to the store now.
      commit(element);
      observer.disconnect();
    };
    // commit reads only refs; the listeners belong to one rendering of the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  // Undo, another tab or a report switch changed the value: show it, unless it is our own commit.
  // Every render: an undo right after a commit brings back the value shown before it, so the value
  // alone may look unchanged while it differs from what the stand-in holds. It sets state once:
  // lastCommitted equals value afterwards.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const current = state.current;
    if (value === current.lastCommitted) return;
    clearTimeout(current.timer);
    current.timer = undefined;
    current.dirty = false;
    current.lastCommitted = value;
    current.refocus = document.activeElement === editableRef.current;
    setShown((previous) => ({ value, version: previous.version + 1 }));
  });

  useImperativeHandle(ref, () => ({
    handOver: () => {
      const current = state.current;
      const element = editableRef.current;
      if (current.handedOver || element === null) return undefined;
      clearTimeout(current.timer);
      current.timer = undefined;
      current.handedOver = true;
      const focused = document.activeElement === element;
      const selection = window.getSelection();
      const points: DomPoint[] =
        focused &&
        selection !== null &&
        selection.anchorNode !== null &&
        selection.focusNode !== null &&
        element.contains(selection.anchorNode) &&
        element.contains(selection.focusNode)
          ? [
              { node: selection.anchorNode, offset: selection.anchorOffset },
              { node: selection.focusNode, offset: selection.focusOffset },
            ]
          : [];
      const { paste } = current;
      if (!current.dirty && points.length === 0)
        return { content: undefined, selection: undefined, focused, paste };
      const { content, positions } = read(element, points);
      const [anchor, head] = positions;
      return {
        content: current.dirty ? content : undefined,
        selection: anchor === undefined || head === undefined ? undefined : { anchor, head },
        focused,
        paste,
      };
    },
    focusAtEnd: () => {
      const element = editableRef.current;
      if (state.current.handedOver || element === null) return false;
      element.focus();
      caretAtEnd(element);
      return true;
    },
  }));

  const rendered = useMemo(
    () => <RichTextView value={withOpenEmptyLines(shown.value)} sectionDepth={headingDepth} />,
    [shown],
  );

  const paste = (event: ClipboardEvent<HTMLDivElement>): void => {
    event.preventDefault();
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    // Pasted HTML is cleaned and parsed by the editor: the paste waits for it to take over. Only
    // where its code is not in yet does a paste bring the text alone.
    if (html !== '' && onMarkupPaste()) {
      state.current.paste = { html, text };
      return;
    }
    const lines = text.replace(/\r\n?/gu, '\n').split('\n');
    lines.forEach((line, index) => {
      if (index > 0) document.execCommand('insertParagraph');
      if (line !== '') document.execCommand('insertText', false, line);
    });
  };

  const focusFromPadding = (event: MouseEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget || editableRef.current === null) return;
    event.preventDefault();
    editableRef.current.focus();
    caretAtEnd(editableRef.current);
  };

  return (
    <div
      className={`rich-editor rich-editor--static${invalid ? ' rich-editor--invalid' : ''}`}
      // A click above the text (where the toolbar will be) puts the caret in the text.
      role="presentation"
      onMouseDown={focusFromPadding}
    >
      <div
        key={shown.version}
        ref={editableRef}
        id={controlId}
        className="rich-content"
        contentEditable
        suppressContentEditableWarning
        tabIndex={0}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelId}
        aria-describedby={describedById}
        aria-invalid={invalid ? 'true' : 'false'}
        onFocus={onFocus}
        onBlur={() => {
          commitNow();
          onBlur();
        }}
        onPaste={paste}
        onDrop={(event) => event.preventDefault()}
      >
        {rendered}
      </div>
    </div>
  );
}
