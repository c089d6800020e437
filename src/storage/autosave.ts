import { countPerformanceEvent } from '@/model/countPerformanceEvent';
import type { ReportStore } from '@/store/reportStore';
import { flushPendingEdits, hasPendingEdits, onPendingEdit } from '@/store/pendingEdits';
import { diffFields } from '@/model/changes/diffFields';
import { diffFromEitherVersion } from '@/model/changes/diffFromEitherVersion';
import { exceedsJsonLength } from '@/model/changes/exceedsJsonLength';
import type { Report } from '@/model/reportSchema';
import { writeEditJournal, type JournalChange } from './editJournal';
import type { ReportDatabase } from './reportDatabase';

/** Journals beyond this are not written (a replaced report, not typing): 1 M characters. */
const maximumJournalCharacters = 1_000_000;

/** Longest the journal waits for a timed write that took a field's held text in. */
const maximumJournalDelayMilliseconds = 1000;

export type SaveState = 'saved' | 'saving' | 'not-saved' | 'conflict' | 'deleted';

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
  /** Names this tab's journal. */
  tabId: string;
  /** Quiet time after the last change before writing. */
  debounceMilliseconds?: number;
  /** Longest a change waits while the user keeps typing. */
  maximumWaitMilliseconds?: number;
}

export interface Autosave {
  /** Writes now if anything is pending (page hidden, before switching reports). */
  flush: () => Promise<void>;
  /**
   * What storage holds, as this tab last read or wrote it, and that the open document is exactly
   * that (a report just opened). A higher revision in storage means another tab wrote.
   */
  setBaseRevision: (storedRevision: number, storedReport: Report) => void;
  /** What storage holds now, when the open document differs from it (merged, recovered). */
  rebase: (storedRevision: number, storedReport: Report) => void;
  /** The stored version this tab's changes were made on: the base of a three-way merge. */
  baseReport: () => Report;
  /** Its stored revision. */
  baseRevision: () => number;
  hasPendingChanges: () => boolean;
  /** Overwrites whatever another tab stored (the user chose to keep this tab's version). */
  forceWrite: () => Promise<void>;
  stop: () => void;
}

function summaryTitle(report: Report): string {
  return report.titlePage.title.trim();
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
  tabId,
  debounceMilliseconds = 700,
  maximumWaitMilliseconds = 3000,
}: AutosaveOptions): Autosave {
  let writtenRevision = store.getState().revision;
  let baseStoredRevision = 0;
  let baseReport = store.getState().document.report;
  /** When each journaled value was typed, kept while the value stays the same. */
  let journaledAt = new Map<string, { value: unknown; changedAt: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  /** The report a write in flight stores: it may land although this tab never learns it did. */
  let writingReport: Report | undefined;
  let retryDelay = 1000;
  let inConflict = false;
  let stopped = false;
  /** Counts bases set (a report opened, rebased): a write landing after one was made on another. */
  let baseSerial = 0;

  /**
   * While the timed write takes a field's held text in, the journal waits for the write: a large
   * field's copy costs a localStorage write of its whole value in the task a key may be waiting
   * on, and the write that follows stores that text anyway.
   */
  let journalWaitsForWrite = false;
  let journalOwed = false;
  let owedJournalTimer: ReturnType<typeof setTimeout> | undefined;

  /** Every change of the document is journaled at once: a crash loses nothing the store holds. */
  const writeJournal = (): void => {
    if (journalWaitsForWrite) {
      if (!journalOwed) {
        journalOwed = true;
        // A write that hangs (a blocked database) must not keep the text out of the journal.
        owedJournalTimer = setTimeout(writeJournal, maximumJournalDelayMilliseconds);
      }
      return;
    }
    journalOwed = false;
    clearTimeout(owedJournalTimer);
    const { report } = store.getState().document;
    if (report.id !== baseReport.id) return;
    const now = clock().toISOString();
    const next = new Map<string, { value: unknown; changedAt: string }>();
    const fieldChanges =
      writingReport === undefined
        ? diffFields(baseReport, report)
        : diffFromEitherVersion(baseReport, writingReport, report);
    const changes: JournalChange[] = fieldChanges.map((change) => {
      const key = JSON.stringify(change.path);
      const previous = journaledAt.get(key);
      const changedAt =
        previous !== undefined && previous.value === change.value ? previous.changedAt : now;
      next.set(key, { value: change.value, changedAt });
      return { ...change, changedAt };
    });
    journaledAt = next;
    // A whole imported report is not an edit: serializing megabytes on the main thread would
    // stall the import, and localStorage could not hold it. Its file still exists, and the
    // journal keeps the edits made before it until the IndexedDB write lands.
    if (exceedsJsonLength(changes, maximumJournalCharacters)) return;
    countPerformanceEvent('journalWrite');
    writeEditJournal({ reportId: report.id, tabId, baseRevision: baseStoredRevision, changes });
  };

  /** Journals text a timed write took in, once the write has landed, failed or waited too long. */
  const payOwedJournal = (): void => {
    if (journalOwed) writeJournal();
  };

  const hasPendingChanges = (): boolean =>
    store.getState().revision !== writtenRevision || hasPendingEdits();

  /** Writes run one after another: two at once would both build on the same stored revision. */
  let queue: Promise<void> = Promise.resolve();
  let queuedWrites = 0;
  /** The stored revision of a report left while a write of it waited or ran, by its base serial. */
  const leftRevisions = new Map<number, number>();

  const writeCaptured = async (
    captured: Report,
    capturedRevision: number,
    serial: number,
    force: boolean,
  ): Promise<void> => {
    if (stopped) return;
    const open = serial === baseSerial;
    let report = captured;
    let revision = capturedRevision;
    if (open) {
      // Still open: written as it is now, so writes that waited on one another become one.
      flushPendingEdits();
      if (!hasPendingChanges() || (inConflict && !force)) return;
      ({
        document: { report },
        revision,
      } = store.getState());
    }
    const base = open ? baseStoredRevision : leftRevisions.get(serial);
    if (base === undefined) return;
    const reportId = report.id;
    if (open) writingReport = report;
    try {
      const savedAt = clock().toISOString();
      countPerformanceEvent('storageWrite');
      const result = await database.writeDraftUnlessNewer(
        reportId,
        { format: 'ml-report-draft', savedAt, report },
        { id: reportId, title: summaryTitle(report), updatedAt: savedAt },
        base,
        force,
      );
      // Another report opened before or while this one was written: its base and status are not
      // ours. Whatever did not land stays in the left report's journal, recovered when it opens.
      if (serial !== baseSerial) {
        if (result.outcome === 'written') {
          leftRevisions.set(serial, result.revision);
          events.onWritten(reportId, result.revision);
        }
        return;
      }
      if (result.outcome === 'newer-exists') {
        inConflict = true;
        events.onSaveStateChange('conflict', 'This report was changed in another tab.');
        return;
      }
      if (result.outcome === 'deleted') {
        inConflict = true;
        events.onSaveStateChange('deleted', 'This report was deleted in another tab.');
        return;
      }
      baseStoredRevision = result.revision;
      baseReport = report;
      writtenRevision = revision;
      writeJournal();
      inConflict = false;
      retryDelay = 1000;
      events.onWritten(reportId, result.revision);
      events.onSaveStateChange(hasPendingChanges() ? 'saving' : 'saved');
    } catch (error) {
      if (serial !== baseSerial) return;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      events.onSaveStateChange('not-saved', reason);
      clearTimeout(timer);
      timer = setTimeout(() => void write(false), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
      return;
    } finally {
      if (serial === baseSerial) writingReport = undefined;
    }
    if (serial === baseSerial && hasPendingChanges() && !inConflict) schedule();
  };

  /**
   * Takes the open report as it is at the call, so a report left right after (switching reports)
   * is written as it was left, and runs the write after those before it.
   */
  const write = (force: boolean): Promise<void> => {
    // Text a field still holds (typed without a pause) is written with the rest.
    flushPendingEdits();
    if (stopped || !hasPendingChanges() || (inConflict && !force)) {
      // Held text that came to nothing (a key undone before the pause) was announced as unsaved.
      if (!stopped && !inConflict && queuedWrites === 0 && !hasPendingChanges())
        events.onSaveStateChange('saved');
      return queue;
    }
    const { document, revision } = store.getState();
    const serial = baseSerial;
    queuedWrites += 1;
    const run = queue
      .then(() => writeCaptured(document.report, revision, serial, force))
      .finally(() => {
        queuedWrites -= 1;
        if (queuedWrites === 0) leftRevisions.clear();
      });
    queue = run.catch(() => undefined);
    return run;
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
      journalWaitsForWrite = true;
      try {
        void write(false).finally(payOwedJournal);
      } finally {
        journalWaitsForWrite = false;
      }
    }, wait);
  }

  const changed = (): void => {
    if (!inConflict) events.onSaveStateChange('saving');
    schedule();
  };
  const unsubscribeFromStore = store.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    writeJournal();
    changed();
  });
  const unsubscribeFromEdits = onPendingEdit(changed);

  const saveBeforeLeaving = (): void => {
    // Text a field still holds reaches the store, and so the journal, synchronously; the
    // IndexedDB write started here may not finish.
    payOwedJournal();
    flushPendingEdits();
    if (!hasPendingChanges() || inConflict) return;
    void write(false);
  };
  const flushOnHide = (): void => {
    if (document.visibilityState === 'hidden') saveBeforeLeaving();
  };
  const flushOnPageHide = (): void => saveBeforeLeaving();
  document.addEventListener('visibilitychange', flushOnHide);
  window.addEventListener('pagehide', flushOnPageHide);

  /** A new base: writes of the old one still waiting build on its revision, kept here. */
  const leaveBase = (): void => {
    if (queuedWrites > 0) leftRevisions.set(baseSerial, baseStoredRevision);
    baseSerial += 1;
  };

  return {
    flush: () => {
      // Before a switch replaces the report: the journal of the one left holds its text.
      payOwedJournal();
      clearTimeout(timer);
      firstPendingAt = undefined;
      return write(false);
    },
    setBaseRevision: (storedRevision, storedReport) => {
      payOwedJournal();
      leaveBase();
      writingReport = undefined;
      baseStoredRevision = storedRevision;
      baseReport = storedReport;
      journaledAt = new Map();
      writtenRevision = store.getState().revision;
      inConflict = false;
      // What is shown is what is stored (a report just opened): nothing waits to be written.
      clearTimeout(timer);
      firstPendingAt = undefined;
      writeJournal();
      events.onSaveStateChange('saved');
    },
    rebase: (storedRevision, storedReport) => {
      payOwedJournal();
      leaveBase();
      writingReport = undefined;
      baseStoredRevision = storedRevision;
      baseReport = storedReport;
      inConflict = false;
      // Whatever the store holds now differs from storage until written.
      writtenRevision = -1;
      writeJournal();
      changed();
    },
    baseReport: () => baseReport,
    baseRevision: () => baseStoredRevision,
    hasPendingChanges,
    forceWrite: () => write(true),
    stop: () => {
      payOwedJournal();
      stopped = true;
      clearTimeout(timer);
      unsubscribeFromStore();
      unsubscribeFromEdits();
      document.removeEventListener('visibilitychange', flushOnHide);
      window.removeEventListener('pagehide', flushOnPageHide);
    },
  };
}
