import type { CommentThread } from '@/model/comments/commentThreadSchema';
import { maximumCommentThreads } from '@/model/comments/commentThreadSchema';
import { replaceRichTextText } from '@/model/comments/replaceRichTextText';
import { getValueAtPath, setValueAtPath, type FieldPath } from '@/model/fieldPath';
import { isRecord } from '@/model/isRecord';
import type { Report } from '@/model/reportSchema';
import type { RichText } from '@/model/richText';
import type { DocxReview, ReviewSuggestion } from './docxReview';

export interface NotAppliedSuggestion {
  path: FieldPath;
  reason: string;
}

export interface AppliedReview {
  report: Report;
  addedThreads: number;
  appliedSuggestions: number;
  notApplied: NotAppliedSuggestion[];
}

function isRichText(value: unknown): value is RichText {
  return isRecord(value) && value['type'] === 'doc';
}

type Accepted = { ok: true; value: unknown } | { ok: false; reason: string };

/** The field's new value with the suggestion accepted, or why it cannot be. */
function acceptedValue(report: Report, suggestion: ReviewSuggestion): Accepted {
  const current = getValueAtPath(report, suggestion.path);
  if (typeof current === 'string')
    return current.trim() === suggestion.before.trim()
      ? { ok: true, value: suggestion.after }
      : { ok: false, reason: 'The field changed since the Word file was exported.' };
  if (isRichText(current)) {
    const value = replaceRichTextText(current, suggestion.before, suggestion.after);
    return value === undefined
      ? {
          ok: false,
          reason:
            'The field changed since the export, or the edit spans formatting or paragraphs: make it by hand.',
        }
      : { ok: true, value };
  }
  return {
    ok: false,
    reason: 'Only text fields take suggestions from Word: make this change by hand.',
  };
}

/**
 * The report with the review's threads added (new ids) and the accepted suggestions made, for
 * one undoable step. A suggestion that no longer fits its field is left out and said why.
 */
export function applyDocxReview(
  report: Report,
  review: DocxReview,
  acceptedSuggestions: ReadonlySet<number>,
  createId: () => string,
): AppliedReview {
  let next = report;
  let appliedSuggestions = 0;
  const notApplied: NotAppliedSuggestion[] = [];
  review.suggestions.forEach((suggestion, index) => {
    if (!acceptedSuggestions.has(index)) return;
    const accepted = acceptedValue(next, suggestion);
    if (!accepted.ok) {
      notApplied.push({ path: suggestion.path, reason: accepted.reason });
      return;
    }
    next = setValueAtPath(next, suggestion.path, accepted.value);
    appliedSuggestions += 1;
  });
  const room = Math.max(0, maximumCommentThreads - next.comments.length);
  const threads: CommentThread[] = review.threads.slice(0, room).map((thread) => ({
    id: createId(),
    anchor: thread.anchor,
    author: thread.author,
    createdAt: thread.createdAt,
    body: thread.body,
    replies: thread.replies.map((reply) => ({ id: createId(), ...reply })),
    resolved: thread.resolved,
  }));
  if (threads.length > 0) next = { ...next, comments: [...next.comments, ...threads] };
  return { report: next, addedThreads: threads.length, appliedSuggestions, notApplied };
}
