import type { ReportVersionSummary } from '@/model/versions/reportVersionSummary';
import type { VersionDatabase } from './versionDatabase';

/** Versions kept in memory only: for a session started without IndexedDB (tests, tools). */
export function createMemoryVersionDatabase(): VersionDatabase {
  const lists = new Map<string, ReportVersionSummary[]>();
  const reports = new Map<string, string>();
  return {
    listVersions: async (reportId) => [...(lists.get(reportId) ?? [])],
    readVersionJson: async (reportId, versionId) => reports.get(`${reportId}:${versionId}`),
    writeVersion: async (summary, reportJsonPieces, dropIds) => {
      const dropped = new Set(dropIds);
      reports.set(`${summary.reportId}:${summary.id}`, reportJsonPieces.join(''));
      for (const id of dropIds) reports.delete(`${summary.reportId}:${id}`);
      lists.set(summary.reportId, [
        ...(lists.get(summary.reportId) ?? []).filter((version) => !dropped.has(version.id)),
        summary,
      ]);
    },
    deleteVersionsOf: async (reportId) => {
      for (const version of lists.get(reportId) ?? []) reports.delete(`${reportId}:${version.id}`);
      lists.delete(reportId);
    },
  };
}
