import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { safeLinkHref, sanitizeRichText, type RichText } from '@/model/richText';
import { keepUnchangedValues } from '@/model/changes/keepUnchangedValues';
import { TextPromptDialog, type TextPromptRequest } from '@/features/shell/TextPromptDialog';
import { announcePendingEdit, registerPendingEdit } from '@/store/pendingEdits';
import type { FieldPath } from '@/model/fieldPath';
import { liveSession } from '@/session/liveSessionState';
import { richTextExtensions } from './richTextExtensions';
import type { MarkupPaste, StandInHandOver } from './RichTextStandIn';
import {
  loadedPasteSanitizer,
  loadPasteSanitizer,
  loadPasteSanitizerWhenIdle,
} from './pasteSanitizer';

export interface RichTextEditorProps {
  value: RichText;
  label: string;
  labelId: string;
  describedById: string;
  controlId: string;
  /** The field's path: the live room addresses fields by it. */
  path: FieldPath;
  invalid: boolean;
  /** What was typed into the stand-in while the editor loaded, and where the caret was. */
  takeOverStandIn: () => StandInHandOver | undefined;
  /** Called once the editor holds the stand-in's text and focus, so the stand-in can go. */
  onReady: () => void;
  onCommit: (value: RichText) => void;
  onBlur: () => void;
}

const syncDelayMilliseconds = 300;

/**
 * A paste of HTML before the cleaner has loaded waits for it: ProseMirror would parse the markup in
 * the live document first. The clipboard is read at once (it is gone after the event), nothing is
 * parsed until the cleaner is in, and a cleaner that cannot load leaves the plain text.
 */
function pasteOnceCleanerLoads(view: EditorView, event: ClipboardEvent): boolean {
  if (loadedPasteSanitizer() !== undefined) return false;
  const html = event.clipboardData?.getData('text/html') ?? '';
  if (html === '') return false;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  event.preventDefault();
  pasteMarkup(view, { html, text });
  return true;
}

/** Pastes markup through the editor's own paste (cleaned first), once the cleaner is in. */
function pasteMarkup(view: EditorView, { html, text }: MarkupPaste): void {
  if (loadedPasteSanitizer() !== undefined) {
    view.pasteHTML(html);
    return;
  }
  loadPasteSanitizer().then(
    () => {
      if (!view.isDestroyed) view.pasteHTML(html);
    },
    () => {
      if (!view.isDestroyed) view.pasteText(text);
    },
  );
}

/** Cleans pasted HTML before ProseMirror parses it; never reached before the cleaner is loaded. */
function cleanPastedHtml(html: string): string {
  return loadedPasteSanitizer()?.(html) ?? '';
}

/** The editable element's name, description and state, and the paste cleaner; set at mount and on change. */
function editorProps(controlId: string, labelId: string, describedById: string, invalid: boolean) {
  return {
    transformPastedHTML: cleanPastedHtml,
    handleDOMEvents: { paste: pasteOnceCleanerLoads },
    attributes: {
      id: controlId,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      'aria-describedby': describedById,
      'aria-invalid': invalid ? 'true' : 'false',
      class: 'rich-content',
    },
  };
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const [linkRequest, setLinkRequest] = useState<TextPromptRequest | undefined>(undefined);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      code: current.isActive('code'),
      heading: current.isActive('heading'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      table: current.isActive('table'),
    }),
  });
  const buttons = [
    {
      name: 'Bold',
      text: 'B',
      on: active.bold,
      run: () => editor.chain().focus().toggleBold().run(),
    },
    {
      name: 'Italic',
      text: 'I',
      on: active.italic,
      run: () => editor.chain().focus().toggleItalic().run(),
    },
    {
      name: 'Code',
      text: '</>',
      on: active.code,
      run: () => editor.chain().focus().toggleCode().run(),
    },
    {
      name: 'Heading',
      text: 'H',
      on: active.heading,
      run: () => editor.chain().focus().toggleHeading({ level: 1 }).run(),
    },
    {
      name: 'Bullet list',
      text: '•',
      on: active.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      name: 'Numbered list',
      text: '1.',
      on: active.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      name: 'Link',
      text: 'Link',
      on: active.link,
      run: () => {
        if (editor.isActive('link')) {
          editor.chain().focus().unsetLink().run();
          return;
        }
        setLinkRequest({
          title: 'Add a link',
          label: 'Link address',
          initialValue: '',
          placeholder: 'https://…',
          confirmLabel: 'Add link',
          validate: (text) =>
            safeLinkHref(text) === undefined
              ? 'Use a full address that starts with https://, http:// or mailto:'
              : undefined,
          onConfirm: (text) => {
            const href = safeLinkHref(text);
            if (href === undefined) return;
            // With nothing selected the address itself becomes the link's text.
            if (editor.state.selection.empty && !editor.isActive('link'))
              editor
                .chain()
                .focus()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
          },
        });
      },
    },
    {
      name: 'Table',
      text: 'Table',
      on: active.table,
      run: () =>
        editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
  ];
  return (
    <>
      <div className="rich-toolbar" role="toolbar" aria-label={`${label} formatting`}>
        {buttons.map((button) => (
          <button
            key={button.name}
            type="button"
            className="rich-toolbar-button"
            aria-pressed={button.on}
            title={button.name}
            onMouseDown={(event) => event.preventDefault()}
            onClick={button.run}
          >
            {/* The name comes from the hidden text, so the visible glyph need not spell it. */}
            <span aria-hidden="true">{button.text}</span>
            <span className="visually-hidden">{button.name}</span>
          </button>
        ))}
      </div>
      {linkRequest === undefined ? null : (
        <TextPromptDialog request={linkRequest} onClose={() => setLinkRequest(undefined)} />
      )}
    </>
  );
}

/**
 * Runs `action` once the editor's view is in the page. On a busy machine EditorContent can mount it
 * after our layout effect, and touching an unmounted view throws (a crashed section).
 */
function whenViewMounted(editor: Editor, action: () => void): void {
  if (editor.view instanceof EditorView) action();
  else editor.once('mount', action);
}

/**
 * Gives the editor the focus the stand-in had. The stand-in leaving the page can drop focus to
 * nothing after the editor took it, so it is given again in the next frame if nothing holds it.
 */
function takeFocus(editor: Editor, focus: () => void): void {
  whenViewMounted(editor, () => {
    focus();
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!editor.isDestroyed && (active === null || active === document.body)) focus();
    });
  });
}

/**
 * Tiptap owns the text while the user types; the store gets it after a pause, on blur, or before undo.
 *
 * The editor is created after the field is in the page (`immediatelyRender: false`), never while
 * rendering: useEditor destroys an editor whose component has not mounted 1 ms after it was made,
 * and React shows a field whose code has just loaded up to 300 ms after rendering it. An editor
 * made while rendering was then destroyed before it was shown and replaced by another, which lost
 * the stand-in's text and focus, crashed the field, or recorded an undo step that changed nothing.
 */
export default function RichTextEditor(props: RichTextEditorProps) {
  const { value, path, controlId, labelId, describedById, invalid } = props;
  // While live, the editor edits the field's shared text itself, and is made anew when that starts or ends.
  const liveRichText = useStore(liveSession, (state) => state.richText);
  const liveExtensions = useMemo(() => liveRichText?.extensionsFor(path), [liveRichText, path]);
  const editor = useEditor(
    {
      extensions: liveExtensions ?? richTextExtensions,
      ...(liveExtensions === undefined ? { content: value as JSONContent } : {}),
      immediatelyRender: false,
      // Our stylesheet carries the editor's base rules; an injected <style> would break the CSP.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      autofocus: false,
      editorProps: editorProps(controlId, labelId, describedById, invalid),
    },
    [liveExtensions],
  );
  // Until the editor exists the stand-in is on screen and takes the keys.
  if (editor === null) return null;
  return (
    <RichTextEditorBody
      key={editorKey(editor)}
      editor={editor}
      live={liveExtensions !== undefined}
      {...props}
    />
  );
}

const editorKeys = new WeakMap<Editor, number>();
let editorCount = 0;

/** Each editor instance gets a body of its own, so no ref ever describes another editor. */
function editorKey(editor: Editor): number {
  const known = editorKeys.get(editor);
  if (known !== undefined) return known;
  editorCount += 1;
  editorKeys.set(editor, editorCount);
  return editorCount;
}

function RichTextEditorBody({
  editor,
  value,
  label,
  labelId,
  describedById,
  controlId,
  invalid,
  takeOverStandIn,
  onReady,
  onCommit,
  onBlur,
  live,
}: RichTextEditorProps & {
  editor: Editor;
  /** Bound to the live room's text: every key goes there at once, and the store follows it. */
  live: boolean;
}) {
  const lastCommitted = useRef<RichText>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  const blurRef = useRef(onBlur);
  blurRef.current = onBlur;

  // The document the store holds, as the editor's own (immutable) node: leaving the editor or a
  // flush with nothing new typed must not record an undo step that changes nothing.
  const committedDocument = useRef(editor.state.doc);
  const hasUncommittedText = useCallback(
    (): boolean => !live && !editor.isDestroyed && editor.state.doc !== committedDocument.current,
    [editor, live],
  );

  const flush = useCallback((): void => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!hasUncommittedText()) return;
    committedDocument.current = editor.state.doc;
    // The blocks not typed into stay the objects the store holds: it keeps this very value.
    const next = keepUnchangedValues(
      lastCommitted.current,
      sanitizeRichText(editor.getJSON() as RichText),
    );
    lastCommitted.current = next;
    commitRef.current(next);
  }, [editor, hasUncommittedText]);

  // Before the first paint: the stand-in's text and caret move here in the task that shows us, so
  // no key falls between the two.
  useLayoutEffect(() => {
    const scheduleFlush = (): void => {
      if (live) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, syncDelayMilliseconds);
      announcePendingEdit();
    };
    const leave = (): void => {
      flush();
      blurRef.current();
    };
    editor.on('update', scheduleFlush);
    editor.on('blur', leave);
    editor.on('destroy', flush);

    // The editor was made from the value of an earlier render. The stand-in commits 300 ms after
    // its last key, so on a slow machine the store (and `value`) can hold newer text by now; the
    // stand-in then reports nothing dirty, and its caret is a position in that newer text.
    if (!live && !editor.schema.nodeFromJSON(value).eq(editor.state.doc)) {
      editor.commands.setContent(value as JSONContent, { emitUpdate: false });
      committedDocument.current = editor.state.doc;
    }
    const handOver = takeOverStandIn();
    if (handOver?.content !== undefined)
      editor.commands.setContent(handOver.content as JSONContent, { emitUpdate: true });
    if (handOver?.selection !== undefined) {
      const { doc } = editor.state;
      const resolve = (position: number) =>
        doc.resolve(Math.max(0, Math.min(position, doc.content.size)));
      editor.view.dispatch(
        editor.state.tr.setSelection(
          TextSelection.between(
            resolve(handOver.selection.anchor),
            resolve(handOver.selection.head),
          ),
        ),
      );
      takeFocus(editor, () => editor.view.focus());
    } else if (handOver?.focused === true) takeFocus(editor, () => editor.commands.focus('end'));
    if (handOver?.paste !== undefined) pasteMarkup(editor.view, handOver.paste);
    onReady();
    loadPasteSanitizerWhenIdle();
    return () => {
      editor.off('update', scheduleFlush);
      editor.off('blur', leave);
      editor.off('destroy', flush);
    };
    // Once per editor: the hand-over happens when it first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, flush]);

  useEffect(
    () => registerPendingEdit({ flush, isPending: hasUncommittedText }),
    [flush, hasUncommittedText],
  );

  // Every render, not only when `value` changes: an undo right after a flush brings back the value
  // shown before it, so the prop looks unchanged while the editor holds the flushed text.
  useEffect(() => {
    if (live || value === lastCommitted.current) return;
    lastCommitted.current = value;
    editor.commands.setContent(value as JSONContent, { emitUpdate: false });
    committedDocument.current = editor.state.doc;
  });

  useEffect(() => {
    editor.setOptions({
      editorProps: editorProps(controlId, labelId, describedById, invalid),
    });
  }, [editor, controlId, labelId, describedById, invalid]);

  // Leaving the section unmounts the body before useEditor destroys the editor: text typed in the
  // last pause is committed here, while the document is still readable.
  useEffect(() => () => flush(), [flush]);

  return (
    <div className={`rich-editor${invalid ? ' rich-editor--invalid' : ''}`}>
      <Toolbar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  );
}
