import { createStore, del, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval';

/** What the autosave writes for one report: the document as the store holds it, and its revision. */
export interface StoredDraft {
  format: 'ml-report-draft';
  revision: number;
  savedAt: string;
  report: unknown;
  fieldInputs: unknown;
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
export interface ReportDatabase {
  readDraft: (reportId: string) => Promise<unknown>;
  writeDraft: (reportId: string, draft: StoredDraft, summary: StoredReportSummary) => Promise<void>;
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
          [`${draftPrefix}${reportId}`, draft],
          [`${summaryPrefix}${reportId}`, summary],
        ],
        store,
      ),
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
