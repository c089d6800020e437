import { createStore, delMany, get, set, setMany, type UseStore } from 'idb-keyval';
import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';

/** The versions of reports kept in this browser: a list per report and each version's JSON. */
export interface VersionDatabase {
  listVersions: (reportId: string) => Promise<ReportVersionSummary[]>;
  /** The JSON text the version was stored as, or undefined when it is gone. */
  readVersionJson: (reportId: string, versionId: string) => Promise<string | undefined>;
  /** Stores a version and removes `dropIds` of the same report, in one transaction each. */
  writeVersion: (
    summary: ReportVersionSummary,
    reportJson: string,
    dropIds: readonly string[],
  ) => Promise<void>;
  deleteVersionsOf: (reportId: string) => Promise<void>;
}

const listPrefix = 'versions:';
const versionPrefix = 'version:';

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
  return {
    listVersions,
    readVersionJson: async (reportId, versionId) => {
      const stored: unknown = await get(`${versionPrefix}${reportId}:${versionId}`, store);
      return typeof stored === 'string' ? stored : undefined;
    },
    writeVersion: async (summary, reportJson, dropIds) => {
      const dropped = new Set(dropIds);
      const list = [
        ...(await listVersions(summary.reportId)).filter((version) => !dropped.has(version.id)),
        summary,
      ];
      // The version first: a list never names a version that is not stored.
      await set(`${versionPrefix}${summary.reportId}:${summary.id}`, reportJson, store);
      await set(`${listPrefix}${summary.reportId}`, list, store);
      if (dropIds.length > 0)
        await delMany(
          dropIds.map((id) => `${versionPrefix}${summary.reportId}:${id}`),
          store,
        );
    },
    deleteVersionsOf: async (reportId) => {
      const list = await listVersions(reportId);
      await setMany([[`${listPrefix}${reportId}`, []]], store);
      await delMany(
        list.map((version) => `${versionPrefix}${reportId}:${version.id}`),
        store,
      );
    },
  };
}
