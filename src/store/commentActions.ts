import { addCommentThread } from '@/model/comments/addCommentThread';
import type { CommentAnchor } from '@/model/comments/commentThreadSchema';
import { replyToCommentThread } from '@/model/comments/replyToCommentThread';
import { resolveCommentThread } from '@/model/comments/resolveCommentThread';
import { flushPendingEdits } from './pendingEdits';
import type { ReportStore } from './reportStore';

export interface CommentActions {
  addComment: (anchor: CommentAnchor, body: string) => boolean;
  reply: (threadId: string, body: string) => boolean;
  resolve: (threadId: string, resolved?: boolean) => boolean;
}

export interface CommentActionDependencies {
  now: () => Date;
  createId: () => string;
  /** The name the user gave once; read at each comment so a change applies to the next one. */
  authorName: () => string;
}

/**
 * Each comment, reply and Resolve is one undo step of its own. Text a field still holds is
 * committed first, so the comment never lands between a field's keys and its undo step.
 */
export function createCommentActions(
  store: ReportStore,
  { now, createId, authorName }: CommentActionDependencies,
): CommentActions {
  const change = (recipe: Parameters<ReturnType<ReportStore['getState']>['updateReport']>[0]) => {
    flushPendingEdits();
    return store.getState().updateReport(recipe);
  };
  return {
    addComment: (anchor, body) =>
      change((report) =>
        addCommentThread(report, {
          id: createId(),
          anchor,
          author: authorName(),
          createdAt: now().toISOString(),
          body,
        }),
      ),
    reply: (threadId, body) =>
      change((report) =>
        replyToCommentThread(report, threadId, {
          id: createId(),
          author: authorName(),
          createdAt: now().toISOString(),
          body,
        }),
      ),
    resolve: (threadId, resolved = true) =>
      change((report) => resolveCommentThread(report, threadId, resolved)),
  };
}
