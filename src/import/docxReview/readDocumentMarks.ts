import { fieldBookmarkPrefix, sectionBookmarkPrefix } from '@/model/comments/fieldBookmarkName';
import { walkXml, wordNamespace } from './walkXml';

/** One field's text as the file holds it, between the bookmark the app put around it. */
export interface MarkedFieldText {
  bookmarkName: string;
  /** The text as exported: what tracked deletions removed is in, tracked insertions are not. */
  before: string;
  /** The text with every tracked change accepted. */
  after: string;
  hasTrackedChanges: boolean;
}

/** Where a comment sits: the field it starts in, or else the section whose heading precedes it. */
export interface CommentPlace {
  fieldBookmarkName: string | undefined;
  sectionBookmarkName: string | undefined;
  /** The commented part of the field's exported text (UTF-16 offsets into `before`). */
  range: { start: number; end: number } | undefined;
}

export interface DocumentMarks {
  fields: ReadonlyMap<string, MarkedFieldText>;
  commentPlaces: ReadonlyMap<string, CommentPlace>;
  /** Whether any bookmark of the app is in the file: false for a file the app did not write. */
  hasAppMarks: boolean;
}

interface OpenField {
  text: MarkedFieldText;
  bookmarkId: string;
}

/**
 * Walks word/document.xml in order, keeping the text inside each field's bookmark (with and
 * without its tracked insertions and deletions) and the place of each comment.
 */
export function readDocumentMarks(xml: string): DocumentMarks | string {
  const fields = new Map<string, MarkedFieldText>();
  const commentPlaces = new Map<string, CommentPlace>();
  const openRanges = new Map<string, { field: MarkedFieldText; start: number }>();
  const openFields: OpenField[] = [];
  let section: string | undefined;
  let hasAppMarks = false;
  let insertionDepth = 0;
  let deletionDepth = 0;
  let inText = false;
  // Paragraph properties list tab stops as <w:tab>; only a tab in a run is a character.
  let tabStopsDepth = 0;

  const innermost = (): MarkedFieldText | undefined => openFields.at(-1)?.text;
  const place = (id: string): void => {
    if (commentPlaces.has(id)) return;
    const field = innermost();
    commentPlaces.set(id, {
      fieldBookmarkName: field?.bookmarkName,
      sectionBookmarkName: section,
      range: undefined,
    });
    if (field !== undefined) openRanges.set(id, { field, start: field.before.length });
  };
  const append = (text: string): void => {
    const field = innermost();
    if (field === undefined) return;
    if (deletionDepth === 0) field.after += text;
    if (insertionDepth === 0) field.before += text;
  };

  const problem = walkXml('word/document.xml', xml, {
    open: (element) => {
      if (element.uri !== wordNamespace) return;
      const id = element.attribute('id', wordNamespace) ?? '';
      switch (element.local) {
        case 'bookmarkStart': {
          const name = element.attribute('name', wordNamespace) ?? '';
          if (name.startsWith(sectionBookmarkPrefix)) {
            hasAppMarks = true;
            section = name;
          } else if (name.startsWith(fieldBookmarkPrefix) && !fields.has(name)) {
            hasAppMarks = true;
            const text = { bookmarkName: name, before: '', after: '', hasTrackedChanges: false };
            fields.set(name, text);
            openFields.push({ text, bookmarkId: id });
          }
          break;
        }
        case 'bookmarkEnd': {
          const index = openFields.findIndex((field) => field.bookmarkId === id);
          if (index !== -1) openFields.splice(index, 1);
          break;
        }
        case 'commentRangeStart':
        case 'commentReference':
          place(id);
          break;
        case 'commentRangeEnd': {
          const open = openRanges.get(id);
          const found = commentPlaces.get(id);
          if (open !== undefined && found !== undefined && open.field === innermost())
            found.range = { start: open.start, end: open.field.before.length };
          openRanges.delete(id);
          break;
        }
        case 'ins':
        case 'moveTo':
          insertionDepth += 1;
          markChanged(innermost());
          break;
        case 'del':
        case 'moveFrom':
          deletionDepth += 1;
          markChanged(innermost());
          break;
        case 't':
        case 'delText':
          inText = true;
          break;
        case 'tabs':
          tabStopsDepth += 1;
          break;
        case 'tab':
          if (tabStopsDepth === 0) append('\t');
          break;
        case 'br':
        case 'cr':
          append('\n');
          break;
      }
    },
    close: (element) => {
      if (element.uri !== wordNamespace) return;
      switch (element.local) {
        case 'ins':
        case 'moveTo':
          insertionDepth = Math.max(0, insertionDepth - 1);
          break;
        case 'del':
        case 'moveFrom':
          deletionDepth = Math.max(0, deletionDepth - 1);
          break;
        case 't':
        case 'delText':
          inText = false;
          break;
        case 'tabs':
          tabStopsDepth = Math.max(0, tabStopsDepth - 1);
          break;
        case 'p':
          append('\n');
          break;
      }
    },
    text: (text) => {
      if (inText) append(text);
    },
  });
  if (problem !== undefined) return problem;
  for (const field of fields.values()) {
    field.before = field.before.replace(/\n+$/u, '');
    field.after = field.after.replace(/\n+$/u, '');
  }
  return { fields, commentPlaces, hasAppMarks };
}

function markChanged(field: MarkedFieldText | undefined): void {
  if (field !== undefined) field.hasTrackedChanges = true;
}
