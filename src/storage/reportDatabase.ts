import { createStore, del, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval';
import { packPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import type { PlotPoint } from '@/model/sections/results';

/** What the autosave writes for one report: the document as the store holds it, and its revision. */
export interface StoredDraft {
  format: 'ml-report-draft';
  revision: number;
  savedAt: string;
  report: unknown;
  /** Each series' points, packed (packPlotPoints), when the report's own lists are left empty. */
  packedPoints?: Float64Array[];
  /** Drafts written before schema version 2 kept number fields' typed text here. */
  fieldInputs?: unknown;
}

/** A draft to write: the report as the store holds it. */
export interface DraftToStore {
  format: 'ml-report-draft';
  revision: number;
  savedAt: string;
  report: Report;
}

/**
 * Points lists packed by earlier writes or unpacked by an import: every autosave writes the whole
 * report, and packing a list once is what keeps a write of 1.6 million points from holding the
 * page for seconds.
 */
export const packedPointLists = new WeakMap<readonly PlotPoint[], Float64Array>();

function toStoredDraft(draft: DraftToStore): StoredDraft {
  const { report, packedPoints } = packPlotPoints(draft.report, packedPointLists);
  return { ...draft, report, packedPoints };
}

export interface StoredReportSummary {
  id: string;
  title: string;
  updatedAt: string;
  revision: number;
}

const draftPrefix = 'draft:';
const summaryPrefix = 'summary:';
const lastOpenKey = 'setting:lastOpenReportId';

/** The one module that talks to IndexedDB (through idb-keyval). */
export type GuardedWriteOutcome =
  | { outcome: 'written'; revision: number }
  | { outcome: 'newer-exists' }
  /** The report was stored once (the base revision is above 0) and is gone: another tab deleted it. */
  | { outcome: 'deleted' };

export interface ReportDatabase {
  readDraft: (reportId: string) => Promise<unknown>;
  /**
   * Reads the stored revision and writes in one transaction, so the write starts at once (it must
   * survive a page being hidden or closed) and no other tab can write in between. Without `force`,
   * a stored revision newer than `baseRevision` is left alone, and so is a report deleted since.
   */
  writeDraftUnlessNewer: (
    reportId: string,
    draft: Omit<DraftToStore, 'revision'>,
    summary: Omit<StoredReportSummary, 'revision'>,
    baseRevision: number,
    force: boolean,
  ) => Promise<GuardedWriteOutcome>;
  writeDraft: (
    reportId: string,
    draft: DraftToStore,
    summary: StoredReportSummary,
  ) => Promise<void>;
  readRevision: (reportId: string) => Promise<number | undefined>;
  listReports: () => Promise<StoredReportSummary[]>;
  deleteReport: (reportId: string) => Promise<void>;
  renameReport: (reportId: string, title: string) => Promise<void>;
  readLastOpenReportId: () => Promise<string | undefined>;
  writeLastOpenReportId: (reportId: string) => Promise<void>;
}

function isSummary(value: unknown): value is StoredReportSummary {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredReportSummary).id === 'string'
  );
}

export function openReportDatabase(databaseName = 'ml-report-studio'): ReportDatabase {
  const store: UseStore = createStore(databaseName, 'reports');
  return {
    readDraft: (reportId) => get(`${draftPrefix}${reportId}`, store),
    writeDraft: (reportId, draft, summary) =>
      setMany(
        [
          [`${draftPrefix}${reportId}`, toStoredDraft(draft)],
          [`${summaryPrefix}${reportId}`, summary],
        ],
        store,
      ),
    writeDraftUnlessNewer: (reportId, draft, summary, baseRevision, force) => {
      // Packed before the transaction opens, which would otherwise wait on the page.
      const stored = toStoredDraft({ ...draft, revision: 0 });
      return store('readwrite', (objectStore) => {
        const transaction = objectStore.transaction;
        return new Promise<GuardedWriteOutcome>((resolve, reject) => {
          transaction.onabort = () =>
            reject(transaction.error ?? new Error('The save was aborted'));
          transaction.onerror = () => reject(transaction.error ?? new Error('The save failed'));
          const read = objectStore.get(`${summaryPrefix}${reportId}`);
          read.onsuccess = () => {
            const storedRevision = isSummary(read.result) ? read.result.revision : 0;
            if (!force && baseRevision > 0 && !isSummary(read.result)) {
              resolve({ outcome: 'deleted' });
              return;
            }
            if (!force && storedRevision > baseRevision) {
              resolve({ outcome: 'newer-exists' });
              return;
            }
            const revision = Math.max(storedRevision, baseRevision) + 1;
            try {
              objectStore.put({ ...stored, revision }, `${draftPrefix}${reportId}`);
              objectStore.put({ ...summary, revision }, `${summaryPrefix}${reportId}`);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            transaction.oncomplete = () => resolve({ outcome: 'written', revision });
          };
        });
      });
    },
    readRevision: async (reportId) => {
      const summary: unknown = await get(`${summaryPrefix}${reportId}`, store);
      return isSummary(summary) ? summary.revision : undefined;
    },
    listReports: async () => {
      const summaryKeys = (await keys(store)).filter(
        (key): key is string => typeof key === 'string' && key.startsWith(summaryPrefix),
      );
      const summaries: unknown[] = await getMany(summaryKeys, store);
      return summaries
        .filter(isSummary)
        .sort((first, second) => second.updatedAt.localeCompare(first.updatedAt));
    },
    deleteReport: async (reportId) => {
      await del(`${draftPrefix}${reportId}`, store);
      await del(`${summaryPrefix}${reportId}`, store);
    },
    renameReport: async (reportId, title) => {
      const summary: unknown = await get(`${summaryPrefix}${reportId}`, store);
      if (isSummary(summary))
        await set(`${summaryPrefix}${reportId}`, { ...summary, title }, store);
    },
    readLastOpenReportId: async () => {
      const value: unknown = await get(lastOpenKey, store);
      return typeof value === 'string' ? value : undefined;
    },
    writeLastOpenReportId: (reportId) => set(lastOpenKey, reportId, store),
  };
}
