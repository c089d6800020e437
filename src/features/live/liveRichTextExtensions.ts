import { Extension, type AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { richTextExtensions } from '@/features/richText/richTextExtensions';

interface CaretUser {
  name: string;
  color: string;
}

/**
 * Another person's caret. Colours are set through the style object: the page's policy refuses
 * style attributes, which the default carets use.
 */
function buildCaret(user: CaretUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'live-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = user.color;
  const label = document.createElement('span');
  label.className = 'live-caret-label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  caret.append(label);
  return caret;
}

// Ctrl+Z reaches the page's Undo, which undoes this person's changes in every field at once.
const CollaborationWithoutKeys = Collaboration.extend({ addKeyboardShortcuts: () => ({}) });

/** The editor's extensions bound to a field's shared text, with the carets of the others. */
export function createLiveRichTextExtensions(
  fragment: Y.XmlFragment,
  awareness: Awareness,
): AnyExtension[] {
  const carets = Extension.create({
    name: 'liveCarets',
    addProseMirrorPlugins: () => [
      yCursorPlugin(awareness, {
        cursorBuilder: (user) => buildCaret(user),
        selectionBuilder: () => ({ class: 'live-selection' }),
      }),
    ],
  });
  return [...richTextExtensions, CollaborationWithoutKeys.configure({ fragment }), carets];
}
