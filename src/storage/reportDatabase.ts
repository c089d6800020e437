import {
  createStore,
  del,
  delMany,
  get,
  getMany,
  keys,
  set,
  setMany,
  type UseStore,
} from 'idb-keyval';
import { isRecord } from '@/model/isRecord';
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
  /**
   * Where the report's parts are stored (see `partsOf`), each put back at its place in
   * `partPlaces`: a save writes the parts that changed, not the whole report.
   */
  partKeys?: string[];
  partPlaces?: PartPlace[];
  /** Set by `readDraft` when a part or a list of points is not in the database. */
  incomplete?: boolean;
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
const listIds = new WeakMap<object, string>();

/** A part of a report stored on its own: its place is [section, field, index in the list or -1]. */
type PartPlace = [section: string, field: string, index: number];

interface StoredPart {
  key: string;
  value: unknown;
}

interface PreparedDraft {
  record: Omit<StoredDraft, 'revision'>;
  /** The lists of points and the parts of the report, each stored under its own key. */
  pieces: StoredPart[];
}

/** Each part's id, by the object it was taken from (the store replaces objects, never changes them). */
const partIds = new WeakMap<object, string>();

const draftPrefix = 'draft:';
const summaryPrefix = 'summary:';
const pointsPrefix = 'points:';
const partPrefix = 'part:';
const lastOpenKey = 'setting:lastOpenReportId';

function pointsKeyPrefix(reportId: string): string {
  return `${pointsPrefix}${reportId}:`;
}

function partKeyPrefix(reportId: string): string {
  return `${partPrefix}${reportId}:`;
}

function idOf(identity: object, ids: WeakMap<object, string>): string {
  let id = ids.get(identity);
  if (id === undefined) {
    id = createId();
    ids.set(identity, id);
  }
  return id;
}

/**
 * The report split for storing: each section's fields that are objects (rich text, settings),
 * and each item of its lists of objects (models, references, results, plots), become parts, and
 * what is left is the skeleton. A part is named after the object it came from in `identities`,
 * the report as the store holds it, so an unchanged one keeps its key and is not written again;
 * its value comes from `report`, the same report with its points packed away.
 */
function partsOf(
  report: Report,
  identities: Report,
  reportId: string,
): { skeleton: Record<string, unknown>; parts: StoredPart[]; places: PartPlace[] } {
  const skeleton: Record<string, unknown> = { ...report };
  const parts: StoredPart[] = [];
  const places: PartPlace[] = [];
  const add = (identity: object, value: unknown, place: PartPlace): void => {
    parts.push({ key: `${partKeyPrefix(reportId)}${idOf(identity, partIds)}`, value });
    places.push(place);
  };
  for (const [sectionName, section] of Object.entries(report)) {
    const sectionIdentities: unknown = (identities as Record<string, unknown>)[sectionName];
    if (!isRecord(section) || !isRecord(sectionIdentities)) continue;
    const skeletonSection: Record<string, unknown> = { ...section };
    for (const [fieldName, value] of Object.entries(section)) {
      const identity = sectionIdentities[fieldName];
      if (Array.isArray(value) && Array.isArray(identity)) {
        if (value.length === 0 || !identity.every(isRecord)) continue;
        identity.forEach((item: object, index) =>
          add(item, value[index], [sectionName, fieldName, index]),
        );
        skeletonSection[fieldName] = [];
      } else if (isRecord(value) && isRecord(identity)) {
        add(identity, value, [sectionName, fieldName, -1]);
        skeletonSection[fieldName] = null;
      }
    }
    skeleton[sectionName] = skeletonSection;
  }
  return { skeleton, parts, places };
}

/** The skeleton with each part put back at its place; false when one is missing. */
function putPartsBack(
  skeleton: unknown,
  places: readonly PartPlace[],
  parts: readonly unknown[],
): boolean {
  if (places.length === 0) return true;
  if (!isRecord(skeleton)) return false;
  return places.every(([sectionName, fieldName, index], partIndex) => {
    const section = skeleton[sectionName];
    const part = parts[partIndex];
    if (!isRecord(section) || part === undefined) return false;
    if (index < 0) {
      section[fieldName] = part;
      return true;
    }
    const list = section[fieldName];
    if (!Array.isArray(list)) return false;
    list[index] = part;
    return true;
  });
}

function isPartPlace(value: unknown): value is PartPlace {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    Number.isInteger(value[2])
  );
}

function prepareDraft(reportId: string, draft: Omit<DraftToStore, 'revision'>): PreparedDraft {
  const { report, packedPoints } = packPlotPoints(draft.report, packedPointLists);
  const lists = packedPoints.map((values) => ({
    key: `${pointsKeyPrefix(reportId)}${idOf(values, listIds)}`,
    value: values,
  }));
  const { skeleton, parts, places } = partsOf(report, draft.report, reportId);
  return {
    record: {
      ...draft,
      report: skeleton,
      pointKeys: lists.map((list) => list.key),
      partKeys: parts.map((part) => part.key),
      partPlaces: places,
    },
    pieces: [...lists, ...parts],
  };
}

function keysOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Parts and lists per write: each write is a task of its own, so a save never holds the page long. */
const piecesPerWrite = 32;

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
  /** The IndexedDB database's name, for a worker to open it too; none for one kept in memory. */
  databaseName?: string;
  readDraft: (reportId: string) => Promise<unknown>;
  /** The key a packed point list read by `readDraft` is stored under, if it was read here. */
  storedKeyOf?: (reportId: string, values: Float64Array) => string | undefined;
  /** Lists read elsewhere (a worker) that are stored under these keys: not written again. */
  adoptStoredLists?: (lists: readonly { key: string; values: Float64Array }[]) => void;
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
  /** Lists and parts this tab wrote or read: written before the draft, in tasks of their own. */
  const storedPieceKeys = new Set<string>();

  const storeNewPieces = async (pieces: readonly StoredPart[]): Promise<void> => {
    const unstored = pieces.filter((piece) => !storedPieceKeys.has(piece.key));
    for (let start = 0; start < unstored.length; start += piecesPerWrite) {
      const batch = unstored.slice(start, start + piecesPerWrite);
      await setMany(
        batch.map((piece) => [piece.key, piece.value]),
        store,
      );
      for (const piece of batch) storedPieceKeys.add(piece.key);
    }
  };

  /**
   * Writes the draft and its summary in one transaction when `decide`, given the stored summary,
   * says so. A list or part another tab removed meanwhile is written again here; every one stored
   * for the report that this draft does not use is removed.
   */
  const commitDraft = (
    reportId: string,
    { record, pieces }: PreparedDraft,
    summary: Omit<StoredReportSummary, 'revision'>,
    decide: (storedSummary: unknown) => GuardedWriteOutcome,
  ): Promise<GuardedWriteOutcome> =>
    store('readwrite', (objectStore) => {
      const transaction = objectStore.transaction;
      return new Promise<GuardedWriteOutcome>((resolve, reject) => {
        transaction.onabort = () => reject(transaction.error ?? new Error('The save was aborted'));
        transaction.onerror = () => reject(transaction.error ?? new Error('The save failed'));
        const readSummary = objectStore.get(`${summaryPrefix}${reportId}`);
        // The keys stored for this report, not the old draft: reading a large draft back took
        // 50 ms of the page on every save of the 16x bench report.
        const storedKeys = [pointsKeyPrefix(reportId), partKeyPrefix(reportId)].map((prefix) =>
          objectStore.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)),
        );
        // Requests of a transaction complete in order: by the last one, all are answered.
        const last = storedKeys.at(-1) ?? readSummary;
        last.onsuccess = () => {
          const decision = decide(readSummary.result);
          if (decision.outcome !== 'written') {
            resolve(decision);
            return;
          }
          const { revision } = decision;
          try {
            const present = new Set(storedKeys.flatMap((request) => request.result));
            for (const piece of pieces) {
              if (!present.has(piece.key)) objectStore.put(piece.value, piece.key);
            }
            objectStore.put({ ...record, revision }, `${draftPrefix}${reportId}`);
            objectStore.put({ ...summary, revision }, `${summaryPrefix}${reportId}`);
            const kept = new Set(pieces.map((piece) => piece.key));
            for (const key of present) {
              if (typeof key !== 'string' || kept.has(key)) continue;
              objectStore.delete(key);
              storedPieceKeys.delete(key);
            }
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          transaction.oncomplete = () => {
            for (const piece of pieces) storedPieceKeys.add(piece.key);
            resolve(decision);
          };
        };
      });
    });

  /** Reads stored pieces, remembering each by the value read, so it is not written again. */
  const readPieces = async (
    pieceKeys: readonly string[],
    ids: WeakMap<object, string>,
    prefix: string,
  ): Promise<unknown[]> => {
    const values: unknown[] = await getMany([...pieceKeys], store);
    values.forEach((value, index) => {
      const key = pieceKeys[index];
      if (typeof value !== 'object' || value === null || key === undefined) return;
      ids.set(value, key.slice(prefix.length));
      storedPieceKeys.add(key);
    });
    return values;
  };

  return {
    databaseName,
    storedKeyOf: (reportId, values) => {
      const listId = listIds.get(values);
      return listId === undefined ? undefined : `${pointsKeyPrefix(reportId)}${listId}`;
    },
    adoptStoredLists: (lists) => {
      for (const { key, values } of lists) {
        listIds.set(values, key.slice(key.lastIndexOf(':') + 1));
        storedPieceKeys.add(key);
      }
    },
    readDraft: async (reportId) => {
      const record: unknown = await get(`${draftPrefix}${reportId}`, store);
      if (!isRecord(record) || !('pointKeys' in record)) return record;
      const pointKeys = keysOf(record['pointKeys']);
      const packedPoints = await readPieces(pointKeys, listIds, pointsKeyPrefix(reportId));
      const partKeys = keysOf(record['partKeys']);
      const places = Array.isArray(record['partPlaces'])
        ? record['partPlaces'].filter(isPartPlace)
        : [];
      // Parts read back are new objects: the first save after reading writes them again.
      const parts: unknown[] = await getMany(partKeys, store);
      // A key that is not text, or a piece not there, makes the draft incomplete: it is refused.
      const complete =
        pointKeys.length === lengthOf(record['pointKeys']) &&
        packedPoints.every((values) => values instanceof Float64Array) &&
        partKeys.length === lengthOf(record['partKeys']) &&
        places.length === partKeys.length &&
        putPartsBack(record['report'], places, parts);
      return complete ? { ...record, packedPoints } : { ...record, packedPoints, incomplete: true };
    },
    writeDraft: async (reportId, draft, summary) => {
      const prepared = prepareDraft(reportId, draft);
      await storeNewPieces(prepared.pieces);
      await commitDraft(reportId, prepared, summary, () => ({
        outcome: 'written',
        revision: draft.revision,
      }));
    },
    writeDraftUnlessNewer: async (reportId, draft, summary, baseRevision, force) => {
      const prepared = prepareDraft(reportId, draft);
      await storeNewPieces(prepared.pieces);
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
      // Pieces of a save that never finished are removed with the rest.
      const prefixes = [pointsKeyPrefix(reportId), partKeyPrefix(reportId)];
      const pieceKeys = (await keys(store)).filter(
        (key): key is string =>
          typeof key === 'string' && prefixes.some((prefix) => key.startsWith(prefix)),
      );
      await delMany(pieceKeys, store);
      for (const key of pieceKeys) storedPieceKeys.delete(key);
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
