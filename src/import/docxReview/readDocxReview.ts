import { fieldBookmarkName, sectionBookmarkPrefix } from '@/model/comments/fieldBookmarkName';
import { listReportFieldPaths } from '@/model/comments/listReportFieldPaths';
import { sectionIdOfPath, type FieldPath } from '@/model/fieldPath';
import type { Report } from '@/model/reportSchema';
import { isSectionId, type SectionId } from '@/model/sectionRegistry';
import {
  maximumImportedAuthorLength,
  maximumImportedCommentLength,
  maximumReviewComments,
} from './docxReviewLimits';
import type { DocxReviewResult, ReviewReply, ReviewSuggestion, ReviewThread } from './docxReview';
import { readDocumentMarks, type CommentPlace } from './readDocumentMarks';
import { readCommentThreading, readWordComments, type WordComment } from './readWordComments';
import { unzipDocxParts } from './unzipDocxParts';

const documentPart = 'word/document.xml';
const commentsPart = 'word/comments.xml';
const commentsExtendedPart = 'word/commentsExtended.xml';
const foreignThreadReplies = 200;

function refused(message: string, details: string[] = []): DocxReviewResult {
  return { ok: false, message, details };
}

function cut(text: string, maximum: number): string {
  return text.length <= maximum ? text : `${text.slice(0, maximum - 1)}…`;
}

function isoTime(date: string): string {
  if (date === '') return '';
  const time = new Date(date);
  return Number.isNaN(time.getTime()) ? '' : time.toISOString();
}

function replyOf(comment: WordComment): ReviewReply {
  return {
    author: cut(comment.author.trim(), maximumImportedAuthorLength),
    createdAt: isoTime(comment.date),
    body: cut(comment.text.trim(), maximumImportedCommentLength),
  };
}

function sectionOfBookmark(name: string | undefined): SectionId | undefined {
  if (name === undefined) return undefined;
  const sectionId = name.slice(sectionBookmarkPrefix.length);
  return isSectionId(sectionId) ? sectionId : undefined;
}

/** The comments that start threads, each with its replies (a reply to a reply joins the same thread). */
function groupReplies(
  comments: readonly WordComment[],
  parentOf: ReadonlyMap<string, string>,
): { root: WordComment; replies: WordComment[] }[] {
  const byParagraph = new Map<string, WordComment>();
  for (const comment of comments)
    if (comment.paragraphId !== undefined) byParagraph.set(comment.paragraphId, comment);
  const rootOf = (comment: WordComment): WordComment => {
    let current = comment;
    const seen = new Set<WordComment>([current]);
    for (;;) {
      const parentId =
        current.paragraphId === undefined ? undefined : parentOf.get(current.paragraphId);
      const parent = parentId === undefined ? undefined : byParagraph.get(parentId);
      if (parent === undefined || seen.has(parent)) return current;
      seen.add(parent);
      current = parent;
    }
  };
  const threads = new Map<WordComment, WordComment[]>();
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root === comment) {
      if (!threads.has(comment)) threads.set(comment, []);
    } else {
      const replies = threads.get(root);
      if (replies === undefined) threads.set(root, [comment]);
      else replies.push(comment);
    }
  }
  return [...threads].map(([root, replies]) => ({ root, replies }));
}

/** A Word file the app did not write: its comments as replies on Appendix threads, in file order. */
function foreignThreads(comments: readonly WordComment[]): ReviewThread[] {
  const threads: ReviewThread[] = [];
  for (let first = 0; first < comments.length; first += foreignThreadReplies) {
    const part = comments.slice(first, first + foreignThreadReplies);
    threads.push({
      anchor: { path: 'appendix' },
      sectionId: 'appendix',
      onField: false,
      author: 'Word import',
      createdAt: '',
      body:
        first === 0
          ? `${comments.length} comments from a Word file that ML Report Studio did not write:`
          : 'Comments from the Word file, continued:',
      replies: part.map(replyOf),
      resolved: false,
    });
  }
  return threads;
}

/**
 * Reads a reviewed Word file back onto the report it was exported from: each comment becomes a
 * thread on the field its range starts in (found by the field's bookmark), or on the section
 * whose heading precedes it; tracked insertions and deletions inside a field become a
 * suggestion. Pure and never throws; the report is only read. Refuses zip bombs, document types
 * (entity expansion) and more than `maximumReviewComments` comments; all text stays plain text.
 */
export function readDocxReview(bytes: Uint8Array, report: Report): DocxReviewResult {
  const unzipped = unzipDocxParts(
    bytes,
    new Set([documentPart, commentsPart, commentsExtendedPart]),
  );
  if (!unzipped.ok) return refused(unzipped.message);
  const documentXml = unzipped.parts.get(documentPart);
  if (documentXml === undefined)
    return refused('This file is not a Word document (.docx): it has no word/document.xml.');

  const commentsXml = unzipped.parts.get(commentsPart);
  const comments =
    commentsXml === undefined
      ? { ok: true as const, comments: [] }
      : readWordComments(commentsXml, maximumReviewComments);
  if (!comments.ok)
    return refused('This Word file cannot be imported as a review.', [comments.message]);
  const threading = readCommentThreading(unzipped.parts.get(commentsExtendedPart));
  if (typeof threading === 'string')
    return refused('This Word file cannot be imported as a review.', [threading]);
  const marks = readDocumentMarks(documentXml);
  if (typeof marks === 'string')
    return refused('This Word file cannot be imported as a review.', [marks]);

  if (!marks.hasAppMarks)
    return {
      ok: true,
      fromApp: false,
      threads: foreignThreads(comments.comments),
      suggestions: [],
      suggestionsWithoutField: 0,
    };

  const pathOfBookmark = new Map<string, FieldPath>();
  for (const path of listReportFieldPaths(report))
    pathOfBookmark.set(fieldBookmarkName(path), path);
  const fieldText = (name: string | undefined) =>
    name === undefined ? undefined : marks.fields.get(name);

  const anchorOf = (
    place: CommentPlace | undefined,
  ): Pick<ReviewThread, 'anchor' | 'sectionId' | 'onField'> => {
    const path =
      place?.fieldBookmarkName === undefined
        ? undefined
        : pathOfBookmark.get(place.fieldBookmarkName);
    const section = sectionOfBookmark(place?.sectionBookmarkName);
    if (path !== undefined) {
      const pathSection = sectionIdOfPath(path);
      const sectionId: SectionId = isSectionId(pathSection) ? pathSection : (section ?? 'appendix');
      const text = fieldText(place?.fieldBookmarkName)?.before ?? '';
      const range = place?.range;
      const isPart =
        range !== undefined &&
        range.end > range.start &&
        (range.start > 0 || range.end < text.length);
      return {
        anchor: isPart
          ? {
              path,
              range: {
                quote: text.slice(range.start, range.end),
                start: range.start,
                end: range.end,
              },
            }
          : { path },
        sectionId,
        onField: true,
      };
    }
    const sectionId = section ?? 'titlePage';
    return { anchor: { path: sectionId }, sectionId, onField: false };
  };

  const threads: ReviewThread[] = groupReplies(comments.comments, threading.parentOf).map(
    ({ root, replies }) => ({
      ...replyOf(root),
      ...anchorOf(marks.commentPlaces.get(root.id)),
      replies: replies.map(replyOf),
      resolved: root.paragraphId !== undefined && threading.done.has(root.paragraphId),
    }),
  );

  const suggestions: ReviewSuggestion[] = [];
  let suggestionsWithoutField = 0;
  for (const field of marks.fields.values()) {
    if (!field.hasTrackedChanges || field.before === field.after) continue;
    const path = pathOfBookmark.get(field.bookmarkName);
    const sectionId = path === undefined ? undefined : sectionIdOfPath(path);
    if (path === undefined || sectionId === undefined || !isSectionId(sectionId)) {
      suggestionsWithoutField += 1;
      continue;
    }
    suggestions.push({ path, sectionId, before: field.before, after: field.after });
  }
  return { ok: true, fromApp: true, threads, suggestions, suggestionsWithoutField };
}
