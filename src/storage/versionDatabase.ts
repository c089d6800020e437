import { createStore, delMany, get, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';

/** The versions of reports kept in this browser: a list per report and each version's JSON. */
export interface VersionDatabase {
  listVersions: (reportId: string) => Promise<ReportVersionSummary[]>;
  /** The JSON text the version was stored as, or undefined when it is gone. */
  readVersionJson: (reportId: string, versionId: string) => Promise<string | undefined>;
  /**
   * Stores a version, its JSON in the pieces it was written in, and removes `dropIds` of the same
   * report, in one transaction each.
   */
  writeVersion: (
    summary: ReportVersionSummary,
    reportJsonPieces: readonly string[],
    dropIds: readonly string[],
  ) => Promise<void>;
  deleteVersionsOf: (reportId: string) => Promise<void>;
}

const listPrefix = 'versions:';
const versionPrefix = 'version:';
/**
 * A version's JSON is written in pieces of at most this many characters, one transaction each:
 * the browser copies a value on the page as it is put, and a 25 MB draft took 350 ms in one put.
 * The pieces are kept apart until read: joining them into one string of 25 MB took 70–140 ms.
 */
export const versionPieceCharacters = 1_000_000;

/**
 * The pieces to store: the written pieces packed in order into stored pieces of at most
 * `versionPieceCharacters`, so a slow machine's many small slices still take few transactions.
 * Strings joined with `+` are not copied until stored, so packing them costs nothing here.
 */
function storedPieces(pieces: readonly string[]): string[] {
  const stored: string[] = [];
  let current = '';
  for (const piece of pieces) {
    let start = 0;
    while (start < piece.length) {
      const room = versionPieceCharacters - current.length;
      current += piece.slice(start, start + room);
      start += room;
      if (current.length === versionPieceCharacters) {
        stored.push(current);
        current = '';
      }
    }
  }
  if (current.length > 0 || stored.length === 0) stored.push(current);
  return stored;
}

function pieceKeys(versionKey: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${versionKey}:${index}`);
}

function isSummaryList(value: unknown): value is ReportVersionSummary[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as ReportVersionSummary).id === 'string' &&
        typeof (item as ReportVersionSummary).savedAt === 'string',
    )
  );
}

/** A database of its own, so versions never share a transaction or an upgrade with drafts. */
export function openVersionDatabase(databaseName = 'ml-report-studio-versions'): VersionDatabase {
  const store: UseStore = createStore(databaseName, 'versions');
  const listVersions = async (reportId: string): Promise<ReportVersionSummary[]> => {
    const stored: unknown = await get(`${listPrefix}${reportId}`, store);
    return isSummaryList(stored) ? stored : [];
  };
  /** The keys a version occupies: its piece count (or, written whole, its JSON) and its pieces. */
  const keysOfVersion = async (reportId: string, versionId: string): Promise<string[]> => {
    const versionKey = `${versionPrefix}${reportId}:${versionId}`;
    const stored: unknown = await get(versionKey, store);
    return [versionKey, ...pieceKeys(versionKey, typeof stored === 'number' ? stored : 0)];
  };
  return {
    listVersions,
    readVersionJson: async (reportId, versionId) => {
      const versionKey = `${versionPrefix}${reportId}:${versionId}`;
      const stored: unknown = await get(versionKey, store);
      if (typeof stored === 'string') return stored;
      if (typeof stored !== 'number') return undefined;
      const pieces: unknown[] = await getMany(pieceKeys(versionKey, stored), store);
      return pieces.every((piece) => typeof piece === 'string') ? pieces.join('') : undefined;
    },
    writeVersion: async (summary, reportJsonPieces, dropIds) => {
      const dropped = new Set(dropIds);
      const list = [
        ...(await listVersions(summary.reportId)).filter((version) => !dropped.has(version.id)),
        summary,
      ];
      // The pieces, then their count, then the list: a list never names a version not stored.
      const versionKey = `${versionPrefix}${summary.reportId}:${summary.id}`;
      const pieces = storedPieces(reportJsonPieces);
      for (const [index, key] of pieceKeys(versionKey, pieces.length).entries())
        await set(key, pieces[index], store);
      await set(versionKey, pieces.length, store);
      await set(`${listPrefix}${summary.reportId}`, list, store);
      const droppedKeys = (
        await Promise.all(dropIds.map((id) => keysOfVersion(summary.reportId, id)))
      ).flat();
      if (droppedKeys.length > 0) await delMany(droppedKeys, store);
    },
    deleteVersionsOf: async (reportId) => {
      const list = await listVersions(reportId);
      await setMany([[`${listPrefix}${reportId}`, []]], store);
      const keys = await Promise.all(list.map((version) => keysOfVersion(reportId, version.id)));
      await delMany(keys.flat(), store);
    },
  };
}
