import { useMemo } from 'react';
import { useAppServices } from '@/context/AppContext';
import { createId } from '@/platform/createId';
import { readReviewerName } from '@/platform/reviewerName';
import { createCommentActions, type CommentActions } from '@/store/commentActions';

export function useCommentActions(): CommentActions {
  const { session } = useAppServices();
  return useMemo(
    () =>
      createCommentActions(session.store, {
        now: () => new Date(),
        createId,
        authorName: readReviewerName,
      }),
    [session.store],
  );
}
