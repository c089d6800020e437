import {
  BookmarkEnd,
  BookmarkStart,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  bookmarkUniqueNumericId,
  type ICommentOptions,
  type ParagraphChild,
  type XmlComponent,
} from 'docx';
import type { CommentThread } from '@/model/comments/commentThreadSchema';
import { fieldBookmarkName, sectionBookmarkName } from '@/model/comments/fieldBookmarkName';
import { sectionIdOfPath, type FieldPath } from '@/model/fieldPath';
import { isSectionId, type SectionId } from '@/model/sectionRegistry';
import { docxTextRuns } from './docxTextRuns';
import { sanitizeExportText } from './sanitizeExportText';

/** What wraps one field's (or section heading's) text: put before and after its runs. */
export interface DocxMarkers {
  before: XmlComponent[];
  after: XmlComponent[];
}

export interface DocxFieldMarks {
  /** The markers of a field's text, once per field; undefined for a field marked already. */
  field: (path: FieldPath | undefined) => DocxMarkers | undefined;
  section: (sectionId: SectionId) => DocxMarkers;
  /** The Word comments placed so far, threads first and their replies after them. */
  comments: () => ICommentOptions[];
}

/**
 * A paragraph writes any child as it is; docx's ParagraphChild type leaves out the bookmark
 * markers (its `Bookmark` writes them inside one paragraph), and a rich-text field's bookmark
 * starts in its first paragraph and ends in its last.
 */
export function asParagraphChildren(markers: readonly XmlComponent[]): ParagraphChild[] {
  return markers as unknown as ParagraphChild[];
}

function initialsOf(author: string): string {
  return author
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 9);
}

function commentDate(isoTime: string): Date {
  const date = new Date(isoTime);
  // A time the app did not write (hand-edited JSON) must not stop the export.
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

function commentParagraphs(body: string): Paragraph[] {
  return sanitizeExportText(body)
    .split('\n')
    .map((line) => new Paragraph({ children: docxTextRuns(line, {}) }));
}

/**
 * Marks every field's text in the Word file with a bookmark named after its path
 * (`fieldBookmarkName`) and each section heading with `sectionBookmarkName`, so a reviewed file
 * can be read back onto the report. With `threads`, each open thread becomes a Word comment (its
 * replies threaded under it) on its field's text; a thread whose field is not in the file (left
 * blank, or shown only in a table) is placed on its section's heading.
 */
export function createDocxFieldMarks(
  threads: readonly CommentThread[],
  markedPaths: ReadonlySet<FieldPath>,
): DocxFieldMarks {
  const threadsByPlace = new Map<string, CommentThread[]>();
  for (const thread of threads) {
    if (thread.resolved) continue;
    const path = thread.anchor.path;
    const section = sectionIdOfPath(path);
    const place = markedPaths.has(path) ? path : isSectionId(section) ? section : 'appendix';
    const list = threadsByPlace.get(place);
    if (list === undefined) threadsByPlace.set(place, [thread]);
    else list.push(thread);
  }
  const placedNames = new Set<string>();
  const comments: ICommentOptions[] = [];
  const replies: ICommentOptions[] = [];

  const markers = (name: string, place: string): DocxMarkers => {
    const bookmarkId = bookmarkUniqueNumericId();
    const before: XmlComponent[] = [new BookmarkStart(name, bookmarkId)];
    const ends: XmlComponent[] = [];
    const references: XmlComponent[] = [];
    for (const thread of threadsByPlace.get(place) ?? []) {
      const threadCommentId = comments.length + replies.length;
      const ids = [threadCommentId];
      comments.push({
        id: threadCommentId,
        author: thread.author,
        initials: initialsOf(thread.author),
        date: commentDate(thread.createdAt),
        children: commentParagraphs(thread.body),
      });
      for (const reply of thread.replies) {
        const replyId = comments.length + replies.length;
        ids.push(replyId);
        replies.push({
          id: replyId,
          parentId: threadCommentId,
          author: reply.author,
          initials: initialsOf(reply.author),
          date: commentDate(reply.createdAt),
          children: commentParagraphs(reply.body),
        });
      }
      for (const id of ids) {
        before.push(new CommentRangeStart(id));
        ends.push(new CommentRangeEnd(id));
        references.push(new TextRun({ children: [new CommentReference(id)] }));
      }
    }
    threadsByPlace.delete(place);
    return {
      before,
      after: [...ends, new BookmarkEnd(bookmarkId), ...references],
    };
  };

  return {
    field: (path) => {
      if (path === undefined) return undefined;
      const name = fieldBookmarkName(path);
      if (placedNames.has(name)) return undefined;
      placedNames.add(name);
      return markers(name, path);
    },
    section: (sectionId) => {
      const name = sectionBookmarkName(sectionId);
      placedNames.add(name);
      return markers(name, sectionId);
    },
    comments: () => [...comments, ...replies].sort((first, second) => first.id - second.id),
  };
}
