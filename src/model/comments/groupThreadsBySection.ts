import { getValueAtPath, sectionIdOfPath } from '../fieldPath';
import type { Report } from '../reportSchema';
import { isSectionId, sectionIds, type SectionId } from '../sectionRegistry';
import type { CommentThread } from './commentThreadSchema';

export interface PlacedThread {
  thread: CommentThread;
  /** False when the field was removed (or the path names no field): the thread is shown on its section. */
  fieldExists: boolean;
}

export interface SectionThreads {
  sectionId: SectionId;
  threads: readonly PlacedThread[];
}

/** Whether a thread's anchor still names a field (or a whole section) of the report. */
export function isAnchorPresent(report: Report, path: string): boolean {
  if (isSectionId(path)) return true;
  return isSectionId(sectionIdOfPath(path)) && getValueAtPath(report, path) !== undefined;
}

/**
 * Threads by section in report order, only sections that have some. A thread whose section is
 * unknown (an import from a newer app) lands on the Appendix rather than being lost.
 */
export function groupThreadsBySection(
  report: Report,
  options: { includeResolved: boolean },
): SectionThreads[] {
  const bySection = new Map<SectionId, PlacedThread[]>();
  for (const thread of report.comments) {
    if (thread.resolved && !options.includeResolved) continue;
    const section = sectionIdOfPath(thread.anchor.path);
    const sectionId: SectionId = isSectionId(section) ? section : 'appendix';
    const placed = { thread, fieldExists: isAnchorPresent(report, thread.anchor.path) };
    const list = bySection.get(sectionId);
    if (list === undefined) bySection.set(sectionId, [placed]);
    else list.push(placed);
  }
  return sectionIds.flatMap((sectionId) => {
    const threads = bySection.get(sectionId);
    return threads === undefined ? [] : [{ sectionId, threads }];
  });
}
