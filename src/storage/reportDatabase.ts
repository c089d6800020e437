import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import { packedPointLists, packPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import { createId } from '@/platform/createId';

/** What the autosave writes for one report: the document as the store holds it, and its revision. */
export interface StoredDraft {
  format: 'ml-report-draft';
  revision: number;
  savedAt: string;
  report: unknown;
  /**
   * Where each series' points are stored, packed, one entry per list, when the report's own lists
   * are left empty: a list is written once, not with every save of the report around it.
   */
  pointKeys?: string[];
  /** Each series' points as `readDraft` read them from `pointKeys` (never stored here). */
  packedPoints?: unknown[];
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

/** Each packed list's part of its keys (lists are replaced, never changed in place). */
const listIds = new WeakMap<Float64Array, string>();

interface PointList {
  key: string;
  values: Float64Array;
}

interface PreparedDraft {
  record: Omit<StoredDraft, 'revision'>;
  lists: PointList[];
}

const draftPrefix = 'draft:';
const summaryPrefix = 'summary:';
const pointsPrefix = 'points:';
const lastOpenKey = 'setting:lastOpenReportId';

function pointsKeyPrefix(reportId: string): string {
  return `${pointsPrefix}${reportId}:`;
}

function prepareDraft(reportId: string, draft: Omit<DraftToStore, 'revision'>): PreparedDraft {
  const { report, packedPoints } = packPlotPoints(draft.report, packedPointLists);
  const lists = packedPoints.map((values) => {
    let listId = listIds.get(values);
    if (listId === undefined) {
      listId = createId();
      listIds.set(values, listId);
    }
    return { key: `${pointsKeyPrefix(reportId)}${listId}`, values };
  });
  return {
    record: { ...draft, report, pointKeys: lists.map((list) => list.key) },
    lists,
  };
}

function pointKeysOf(record: unknown): string[] {
  if (typeof record !== 'object' || record === null) return [];
  const pointKeys = (record as { pointKeys?: unknown }).pointKeys;
  return Array.isArray(pointKeys)
    ? pointKeys.filter((key): key is string => typeof key === 'string')
    : [];
}

export interface StoredReportSummary {
  id: string;
  title: string;
  updatedAt: string;
  revision: number;
}

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
  /** Point lists this tab wrote or read: written before the draft, each in its own task. */
  const storedListKeys = new Set<string>();

  const storeNewLists = async (lists: readonly PointList[]): Promise<void> => {
    for (const { key, values } of lists) {
      if (storedListKeys.has(key)) continue;
      await set(key, values, store);
      storedListKeys.add(key);
    }
  };

  /**
   * Writes the draft and its summary in one transaction when `decide`, given the stored summary,
   * says so. A list another tab removed meanwhile is written again here; the lists of the draft
   * it replaces that it no longer uses are removed.
   */
  const commitDraft = (
    reportId: string,
    { record, lists }: PreparedDraft,
    summary: Omit<StoredReportSummary, 'revision'>,
    decide: (storedSummary: unknown) => GuardedWriteOutcome,
  ): Promise<GuardedWriteOutcome> =>
    store('readwrite', (objectStore) => {
      const transaction = objectStore.transaction;
      return new Promise<GuardedWriteOutcome>((resolve, reject) => {
        transaction.onabort = () => reject(transaction.error ?? new Error('The save was aborted'));
        transaction.onerror = () => reject(transaction.error ?? new Error('The save failed'));
        const readSummary = objectStore.get(`${summaryPrefix}${reportId}`);
        const readOld = objectStore.get(`${draftPrefix}${reportId}`);
        const present = lists.map((list) => objectStore.getKey(list.key));
        // Requests of a transaction complete in order: by the last one, all are answered.
        const last = present.at(-1) ?? readOld;
        last.onsuccess = () => {
          const decision = decide(readSummary.result);
          if (decision.outcome !== 'written') {
            resolve(decision);
            return;
          }
          const { revision } = decision;
          try {
            lists.forEach((list, index) => {
              if (present[index]?.result !== undefined) return;
              objectStore.put(list.values, list.key);
            });
            objectStore.put({ ...record, revision }, `${draftPrefix}${reportId}`);
            objectStore.put({ ...summary, revision }, `${summaryPrefix}${reportId}`);
            const kept = new Set(lists.map((list) => list.key));
            for (const key of pointKeysOf(readOld.result)) {
              if (kept.has(key)) continue;
              objectStore.delete(key);
              storedListKeys.delete(key);
            }
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          transaction.oncomplete = () => {
            for (const list of lists) storedListKeys.add(list.key);
            resolve(decision);
          };
        };
      });
    });

  return {
    readDraft: async (reportId) => {
      const record: unknown = await get(`${draftPrefix}${reportId}`, store);
      if (typeof record !== 'object' || record === null || !('pointKeys' in record)) return record;
      const pointKeys = pointKeysOf(record);
      const packedPoints: unknown[] = await getMany(pointKeys, store);
      packedPoints.forEach((values, index) => {
        const key = pointKeys[index];
        if (!(values instanceof Float64Array) || key === undefined) return;
        listIds.set(values, key.slice(pointsKeyPrefix(reportId).length));
        storedListKeys.add(key);
      });
      // A key that is not text reads as a list that is not there, so the draft is refused.
      const complete = pointKeys.length === (record as { pointKeys: unknown[] }).pointKeys.length;
      return { ...record, packedPoints: complete ? packedPoints : [undefined] };
    },
    writeDraft: async (reportId, draft, summary) => {
      const prepared = prepareDraft(reportId, draft);
      await storeNewLists(prepared.lists);
      await commitDraft(reportId, prepared, summary, () => ({
        outcome: 'written',
        revision: draft.revision,
      }));
    },
    writeDraftUnlessNewer: async (reportId, draft, summary, baseRevision, force) => {
      const prepared = prepareDraft(reportId, draft);
      await storeNewLists(prepared.lists);
      return commitDraft(reportId, prepared, summary, (storedSummary) => {
        const storedRevision = isSummary(storedSummary) ? storedSummary.revision : 0;
        if (!force && baseRevision > 0 && !isSummary(storedSummary)) return { outcome: 'deleted' };
        if (!force && storedRevision > baseRevision) return { outcome: 'newer-exists' };
        return { outcome: 'written', revision: Math.max(storedRevision, baseRevision) + 1 };
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
      // Lists of a save that never finished are removed with the rest.
      const pointKeys = (await keys(store)).filter(
        (key): key is string =>
          typeof key === 'string' && key.startsWith(pointsKeyPrefix(reportId)),
      );
      await delMany(pointKeys, store);
      for (const key of pointKeys) storedListKeys.delete(key);
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
