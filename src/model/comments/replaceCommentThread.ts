import type { Report } from '../reportSchema';
import type { CommentThread } from './commentThreadSchema';

/** The report with one thread changed by `change`; the same report when no thread has the id. */
export function replaceCommentThread(
  report: Report,
  threadId: string,
  change: (thread: CommentThread) => CommentThread,
): Report {
  const index = report.comments.findIndex((thread) => thread.id === threadId);
  const thread = report.comments[index];
  if (thread === undefined) return report;
  const changed = change(thread);
  if (changed === thread) return report;
  const comments = [...report.comments];
  comments[index] = changed;
  return { ...report, comments };
}
