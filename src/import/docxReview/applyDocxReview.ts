import type { CommentThread } from '@/model/comments/commentThreadSchema';
import {
  maximumCommentThreads,
  maximumRepliesPerThread,
} from '@/model/comments/commentThreadSchema';
import { replaceRichTextText } from '@/model/comments/replaceRichTextText';
import { getValueAtPath, setValueAtPath, type FieldPath } from '@/model/fieldPath';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { applyNumberInput } from '@/model/applyNumberInput';
import { isRecord } from '@/model/isRecord';
import { parseNumberInput } from '@/model/numberInput';
import { unitForNumberPath } from '@/model/unitForNumberPath';
import type { Report } from '@/model/reportSchema';
import type { RichText } from '@/model/richText';
import type { DocxReview, ReviewReply, ReviewSuggestion } from './docxReview';

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

type Accepted = { ok: true; report: Report } | { ok: false; reason: string };

const changedSinceExport: Accepted = {
  ok: false,
  reason: 'The field changed since the Word file was exported.',
};

/**
 * A number field takes the Word text as if the author typed it (`applyNumberInput`: kept as typed,
 * read in the field's unit), only while it holds the number it was exported with and only when
 * the text is a number.
 */
function acceptedNumber(report: Report, suggestion: ReviewSuggestion, current: unknown): Accepted {
  const unit = unitForNumberPath(report, suggestion.path);
  const exported = parseNumberInput(suggestion.before, unit);
  if (!exported.ok || exported.value !== (typeof current === 'number' ? current : null))
    return changedSinceExport;
  const suggested = parseNumberInput(suggestion.after, unit);
  return suggested.ok
    ? { ok: true, report: applyNumberInput(report, suggestion.path, suggestion.after) }
    : { ok: false, reason: `${suggested.message}: make this change by hand.` };
}

/** The report with the suggestion accepted, or why it cannot be. */
function acceptSuggestion(report: Report, suggestion: ReviewSuggestion): Accepted {
  const current = getValueAtPath(report, suggestion.path);
  if (fieldSpecAtPath(suggestion.path)?.kind === 'number')
    return acceptedNumber(report, suggestion, current);
  if (typeof current === 'string')
    return current.trim() === suggestion.before.trim()
      ? { ok: true, report: setValueAtPath(report, suggestion.path, suggestion.after) }
      : changedSinceExport;
  if (isRichText(current)) {
    const value = replaceRichTextText(current, suggestion.before, suggestion.after);
    return value === undefined
      ? {
          ok: false,
          reason:
            'The field changed since the export, or the edit spans formatting or paragraphs: make it by hand.',
        }
      : { ok: true, report: setValueAtPath(report, suggestion.path, value) };
  }
  return {
    ok: false,
    reason: 'Only text and number fields take suggestions from Word: make this change by hand.',
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
    const accepted = acceptSuggestion(next, suggestion);
    if (!accepted.ok) {
      notApplied.push({ path: suggestion.path, reason: accepted.reason });
      return;
    }
    next = accepted.report;
    appliedSuggestions += 1;
  });
  // A thread the file carries because it was exported with the report is the same thread: only
  // replies written since are added to it.
  const sameReply = (first: ReviewReply, second: ReviewReply) =>
    first.author === second.author &&
    first.createdAt === second.createdAt &&
    first.body === second.body;
  let comments = next.comments;
  const added: CommentThread[] = [];
  for (const thread of review.threads) {
    const index = comments.findIndex(
      (existing) => existing.anchor.path === thread.anchor.path && sameReply(existing, thread),
    );
    const existing = comments[index];
    if (existing !== undefined) {
      const newReplies = thread.replies.filter(
        (reply) => !existing.replies.some((known) => sameReply(known, reply)),
      );
      if (newReplies.length > 0) {
        comments = comments.with(index, {
          ...existing,
          replies: [
            ...existing.replies,
            ...newReplies.map((reply) => ({ id: createId(), ...reply })),
          ].slice(0, maximumRepliesPerThread),
        });
      }
      continue;
    }
    if (comments.length + added.length >= maximumCommentThreads) continue;
    added.push({
      id: createId(),
      anchor: thread.anchor,
      author: thread.author,
      createdAt: thread.createdAt,
      body: thread.body,
      replies: thread.replies.map((reply) => ({ id: createId(), ...reply })),
      resolved: thread.resolved,
    });
  }
  if (comments !== next.comments || added.length > 0)
    next = { ...next, comments: [...comments, ...added] };
  const threads = added;
  return { report: next, addedThreads: threads.length, appliedSuggestions, notApplied };
}
