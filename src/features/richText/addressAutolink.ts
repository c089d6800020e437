import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, type EditorState } from '@tiptap/pm/state';
import { findTypedAddress } from '@/model/findTypedAddress';

/** One character per position, so offsets in the text are offsets in the block. */
const leafText = '\uFFFC';

/** Where the word the user just finished ends: before the space or line break typed, or at the end of the block left by Enter. */
function finishedWordEnd(state: EditorState): number | undefined {
  const { $from } = state.selection;
  if (!$from.parent.isTextblock) return undefined;
  if ($from.parentOffset === 0) {
    if ($from.depth === 0) return undefined;
    return Selection.findFrom(state.doc.resolve($from.before()), -1, true)?.$from.pos;
  }
  const before = $from.parent.textBetween($from.parentOffset - 1, $from.parentOffset, '', leafText);
  const endsWord = /\s/u.test(before) || $from.nodeBefore?.type.name === 'hardBreak';
  return endsWord ? $from.pos - 1 : undefined;
}

/**
 * Links an address once its word is finished (a space, a line break, Enter), leaving the
 * sentence's punctuation after it out of the link: "see https://example.com." links
 * https://example.com. Tiptap's own autolink links nothing there, since the word is not only a link.
 */
export const addressAutolink = Extension.create({
  name: 'addressAutolink',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('addressAutolink'),
        appendTransaction: (transactions, oldState, newState) => {
          const typed =
            transactions.some((transaction) => transaction.docChanged) &&
            !transactions.some(
              (transaction) =>
                transaction.getMeta('preventUpdate') === true ||
                transaction.getMeta('preventAutolink') === true,
            );
          // Only text added at the caret finishes a word; content set from the store never does.
          if (!typed || !newState.selection.empty) return null;
          if (newState.doc.content.size <= oldState.doc.content.size) return null;
          const wordEnd = finishedWordEnd(newState);
          if (wordEnd === undefined) return null;
          const $end = newState.doc.resolve(wordEnd);
          if (!$end.parent.isTextblock || $end.parent.type.spec.code === true) return null;
          const text = $end.parent.textBetween(0, $end.parentOffset, '', leafText);
          const word = /\S+$/u.exec(text);
          if (word === null) return null;
          const address = findTypedAddress(word[0]);
          if (address === undefined) return null;
          const from = $end.start() + word.index + address.start;
          const to = $end.start() + word.index + address.end;
          const { link, code } = newState.schema.marks;
          if (link === undefined || newState.doc.rangeHasMark(from, to, link)) return null;
          if (code !== undefined && newState.doc.rangeHasMark(from, to, code)) return null;
          return newState.tr.addMark(from, to, link.create({ href: address.href }));
        },
      }),
    ];
  },
});
