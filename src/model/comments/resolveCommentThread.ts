import type { Report } from '../reportSchema';
import { replaceCommentThread } from './replaceCommentThread';

/** Marks the thread resolved (or open again): it leaves the panel's open list but stays in the report. */
export function resolveCommentThread(report: Report, threadId: string, resolved = true): Report {
  return replaceCommentThread(report, threadId, (thread) =>
    thread.resolved === resolved ? thread : { ...thread, resolved },
  );
}
