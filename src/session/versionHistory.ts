import type { RestoreResult } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import type { VersionDatabase } from '@/storage/versionDatabase';
import { readReportWithHeldText } from '@/store/pendingEdits';
import type { ReportStore } from '@/store/reportStore';
import type { VersionKeeper } from './versionKeeper';

/** Editing time after which an automatic snapshot is kept. */
export const editingSnapshotMilliseconds = 10 * 60 * 1000;

export interface VersionHistoryDependencies {
  store: ReportStore;
  database: VersionDatabase;
  clock: () => Date;
  createId: () => string;
}

/** Versions of the open report: named ones, automatic snapshots, and reading one back. */
export interface VersionHistory {
  /** Keeps the open report as it is now under a name; kept even when nothing changed. */
  saveVersion: (name: string, note: string) => Promise<ReportVersionSummary>;
  /**
   * Keeps the open report as it is now, named by what is about to happen ("Before import…"),
   * unless it is blank or the newest version holds the same content. The report is taken at
   * the call, or is the one given: an export keeps the report it wrote once the file is out.
   */
  snapshot: (reason: string, report?: Report) => Promise<ReportVersionSummary | undefined>;
  listVersions: () => Promise<ReportVersionSummary[]>;
  /** The version's report, read back through restoreReport like every load. */
  readVersion: (version: ReportVersionSummary) => Promise<RestoreResult>;
  /** Called after every version written, e.g. to refresh the History panel. */
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

/**
 * Starts watching the open report for ten minutes of editing; the hashing, counting and
 * storing (`versionKeeper`) load with the first version kept, not with the page.
 */
export function startVersionHistory({
  store,
  database,
  clock,
  createId,
}: VersionHistoryDependencies): VersionHistory {
  const listeners = new Set<() => void>();
  let keeper: Promise<VersionKeeper> | undefined;
  let editingSince: number | undefined;
  const loadKeeper = (): Promise<VersionKeeper> => {
    keeper ??= import('./versionKeeper').then(({ createVersionKeeper }) =>
      createVersionKeeper({ database, clock, createId }),
    );
    return keeper;
  };

  const keep = async (
    report: Report,
    name: string,
    note: string,
    automatic: boolean,
  ): Promise<ReportVersionSummary | undefined> => {
    const kept = await (await loadKeeper()).keep(report, name, note, automatic);
    if (kept !== undefined) for (const listener of listeners) listener();
    return kept;
  };

  const current = (): Report => readReportWithHeldText(store);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (state.document.report.id !== previous.document.report.id) {
      editingSince = undefined;
      return;
    }
    const now = clock().getTime();
    editingSince ??= now;
    if (now - editingSince < editingSnapshotMilliseconds) return;
    editingSince = undefined;
    void keep(state.document.report, 'After 10 minutes of editing', '', true).catch(
      () => undefined,
    );
  });

  return {
    saveVersion: async (name, note) => {
      const saved = await keep(current(), name, note, false);
      if (saved === undefined) throw new Error('The version was not saved.');
      return saved;
    },
    snapshot: (reason, report = current()) => keep(report, reason, '', true),
    listVersions: () => database.listVersions(store.getState().document.report.id),
    readVersion: async (version) => (await loadKeeper()).readVersion(version),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: unsubscribe,
  };
}
