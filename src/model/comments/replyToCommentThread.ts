import type { Report } from '../reportSchema';
import { maximumRepliesPerThread, type CommentReply } from './commentThreadSchema';
import { replaceCommentThread } from './replaceCommentThread';

/** The report with the reply added to its thread; a blank reply or a full thread adds nothing. */
export function replyToCommentThread(
  report: Report,
  threadId: string,
  reply: CommentReply,
): Report {
  const body = reply.body.trim();
  if (body === '') return report;
  return replaceCommentThread(report, threadId, (thread) =>
    thread.replies.length >= maximumRepliesPerThread
      ? thread
      : {
          ...thread,
          replies: [...thread.replies, { ...reply, author: reply.author.trim(), body }],
        },
  );
}
