import { isReportBlank } from '@/model/isReportBlank';
import { restoreReportFromText, type RestoreResult } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';
import { countReportContent } from '@/model/versions/countReportContent';
import { hashReportContent } from '@/model/versions/hashReportContent';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import { versionsToDrop } from '@/model/versions/versionsToDrop';
import type { VersionDatabase } from '@/storage/versionDatabase';
import { flushPendingEdits } from '@/store/pendingEdits';
import type { ReportStore } from '@/store/reportStore';

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
   * unless the newest version holds the same content. The report is taken at the call.
   */
  snapshot: (reason: string) => Promise<ReportVersionSummary | undefined>;
  listVersions: () => Promise<ReportVersionSummary[]>;
  /** The version's report, read back through restoreReport like every load. */
  readVersion: (version: ReportVersionSummary) => Promise<RestoreResult>;
  /** Called after every version written, e.g. to refresh the History panel. */
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

export function startVersionHistory({
  store,
  database,
  clock,
  createId,
}: VersionHistoryDependencies): VersionHistory {
  const listeners = new Set<() => void>();
  // Writes one after another, so each sees the list the one before left.
  let queue: Promise<unknown> = Promise.resolve();
  let editingSince: number | undefined;

  const keep = (
    report: Report,
    name: string,
    note: string,
    automatic: boolean,
  ): Promise<ReportVersionSummary | undefined> => {
    const contentHash = hashReportContent(report);
    const written = queue.then(async () => {
      const existing = await database.listVersions(report.id);
      const newest = existing.reduce<ReportVersionSummary | undefined>(
        (found, version) =>
          found === undefined || version.savedAt >= found.savedAt ? version : found,
        undefined,
      );
      if (automatic && newest?.contentHash === contentHash) return undefined;
      const json = JSON.stringify(report);
      const { words, fields } = countReportContent(report);
      const summary: ReportVersionSummary = {
        id: createId(),
        reportId: report.id,
        name,
        note,
        automatic,
        savedAt: clock().toISOString(),
        contentHash,
        wordCount: words,
        fieldCount: fields,
        storedCharacters: json.length,
      };
      await database.writeVersion(summary, json, versionsToDrop([...existing, summary]));
      for (const listener of listeners) listener();
      return summary;
    });
    queue = written.catch(() => undefined);
    return written;
  };

  const current = (): Report => {
    flushPendingEdits();
    return store.getState().document.report;
  };

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
    snapshot: async (reason) => {
      const report = current();
      // A blank report holds nothing to go back to.
      return isReportBlank(report) ? undefined : keep(report, reason, '', true);
    },
    listVersions: () => database.listVersions(store.getState().document.report.id),
    readVersion: async (version) => {
      const json = await database.readVersionJson(version.reportId, version.id);
      if (json === undefined)
        return {
          ok: false,
          message: `The version “${version.name}” is no longer stored in this browser.`,
          details: [],
        };
      return restoreReportFromText(json);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: unsubscribe,
  };
}
