import type { Report } from '../reportSchema';
import type { CommentAnchor, CommentThread } from './commentThreadSchema';

export interface NewComment {
  id: string;
  anchor: CommentAnchor;
  author: string;
  createdAt: string;
  body: string;
}

/** The report with a new open thread at the end; a blank comment adds nothing. */
export function addCommentThread(report: Report, comment: NewComment): Report {
  const body = comment.body.trim();
  if (body === '') return report;
  const thread: CommentThread = {
    id: comment.id,
    anchor: comment.anchor,
    author: comment.author.trim(),
    createdAt: comment.createdAt,
    body,
    replies: [],
    resolved: false,
  };
  return { ...report, comments: [...report.comments, thread] };
}
