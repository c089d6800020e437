import { countPerformanceEvent } from '@/platform/performanceCounters';
import type { ReportDocument, ReportStore } from '@/store/reportStore';
import { flushPendingEdits, hasPendingEdits, onPendingEdit } from '@/store/pendingEdits';
import { clearEmergencyCopy, writeEmergencyCopy } from './emergencyCopy';
import type { ReportDatabase } from './reportDatabase';

export type SaveState = 'saved' | 'saving' | 'not-saved' | 'conflict';

export interface AutosaveEvents {
  onSaveStateChange: (state: SaveState, problem?: string) => void;
  /** Called after each successful write, e.g. to tell other tabs. */
  onWritten: (reportId: string, storedRevision: number) => void;
}

export interface AutosaveOptions {
  database: ReportDatabase;
  store: ReportStore;
  events: AutosaveEvents;
  clock: () => Date;
  /** Quiet time after the last change before writing. */
  debounceMilliseconds?: number;
  /** Longest a change waits while the user keeps typing. */
  maximumWaitMilliseconds?: number;
}

export interface Autosave {
  /** Writes now if anything is pending (page hidden, before switching reports). */
  flush: () => Promise<void>;
  /** The stored revision this tab last read or wrote; a higher one in storage means another tab wrote. */
  setBaseRevision: (storedRevision: number) => void;
  hasPendingChanges: () => boolean;
  /** Overwrites whatever another tab stored (the user chose to keep this tab's version). */
  forceWrite: () => Promise<void>;
  stop: () => void;
}

function summaryTitle(document: ReportDocument): string {
  return document.report.titlePage.title.trim();
}

/**
 * A debounced writer of our own instead of zustand's persist: one write per pause (never per key),
 * flushed when the page is hidden, never overwriting a newer draft written by another tab.
 */
export function startAutosave({
  database,
  store,
  events,
  clock,
  debounceMilliseconds = 700,
  maximumWaitMilliseconds = 3000,
}: AutosaveOptions): Autosave {
  let writtenRevision = store.getState().revision;
  let baseStoredRevision = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let writing: Promise<void> | undefined;
  let retryDelay = 1000;
  let inConflict = false;
  let stopped = false;

  const hasPendingChanges = (): boolean =>
    store.getState().revision !== writtenRevision || hasPendingEdits();

  const write = async (force: boolean): Promise<void> => {
    if (writing !== undefined) await writing;
    // Text a field still holds (typed without a pause) is written with the rest, under the same wait.
    flushPendingEdits();
    if (!hasPendingChanges() || stopped) return;
    if (inConflict && !force) return;
    const { document, revision } = store.getState();
    const reportId = document.report.id;
    writing = (async () => {
      try {
        const savedAt = clock().toISOString();
        countPerformanceEvent('storageWrite');
        const result = await database.writeDraftUnlessNewer(
          reportId,
          {
            format: 'ml-report-draft',
            savedAt,
            report: document.report,
          },
          { id: reportId, title: summaryTitle(document), updatedAt: savedAt },
          baseStoredRevision,
          force,
        );
        if (result.outcome === 'newer-exists') {
          inConflict = true;
          events.onSaveStateChange('conflict', 'This report was changed in another tab.');
          return;
        }
        baseStoredRevision = result.revision;
        writtenRevision = revision;
        clearEmergencyCopy(reportId);
        inConflict = false;
        retryDelay = 1000;
        events.onWritten(reportId, result.revision);
        events.onSaveStateChange(hasPendingChanges() ? 'saving' : 'saved');
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        events.onSaveStateChange('not-saved', reason);
        clearTimeout(timer);
        timer = setTimeout(() => void write(false), retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30_000);
      }
    })();
    await writing;
    writing = undefined;
    if (hasPendingChanges() && !inConflict) schedule();
  };

  function schedule(): void {
    if (stopped) return;
    const now = Date.now();
    firstPendingAt ??= now;
    const wait = Math.max(
      0,
      Math.min(debounceMilliseconds, firstPendingAt + maximumWaitMilliseconds - now),
    );
    clearTimeout(timer);
    timer = setTimeout(() => {
      firstPendingAt = undefined;
      void write(false);
    }, wait);
  }

  const changed = (): void => {
    if (!inConflict) events.onSaveStateChange('saving');
    schedule();
  };
  const unsubscribeFromStore = store.subscribe((state, previous) => {
    if (state.revision !== previous.revision) changed();
  });
  const unsubscribeFromEdits = onPendingEdit(changed);

  const saveBeforeLeaving = (): void => {
    // Rich text typed in the last pause is still only in the editor.
    flushPendingEdits();
    if (!hasPendingChanges() || inConflict) return;
    const { document: current } = store.getState();
    writeEmergencyCopy(current.report.id, {
      baseRevision: baseStoredRevision,
      draft: {
        format: 'ml-report-draft',
        revision: baseStoredRevision,
        savedAt: clock().toISOString(),
        ...current,
      },
    });
    void write(false);
  };
  const flushOnHide = (): void => {
    if (document.visibilityState === 'hidden') saveBeforeLeaving();
  };
  const flushOnPageHide = (): void => saveBeforeLeaving();
  document.addEventListener('visibilitychange', flushOnHide);
  window.addEventListener('pagehide', flushOnPageHide);

  return {
    flush: () => {
      clearTimeout(timer);
      firstPendingAt = undefined;
      return write(false);
    },
    setBaseRevision: (storedRevision) => {
      baseStoredRevision = storedRevision;
      writtenRevision = store.getState().revision;
      inConflict = false;
      // What is shown is what is stored (a report just opened): nothing waits to be written.
      clearTimeout(timer);
      firstPendingAt = undefined;
      events.onSaveStateChange('saved');
    },
    hasPendingChanges,
    forceWrite: () => write(true),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribeFromStore();
      unsubscribeFromEdits();
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('pagehide', flushOnPageHide);
    },
  };
}
