import type { ReportDatabase, StoredDraft, StoredReportSummary } from '@/storage/reportDatabase';

/** A ReportDatabase in memory whose writes always succeed at once, for tests of a whole session. */
export function createMemoryReportDatabase(): ReportDatabase {
  const drafts = new Map<string, StoredDraft>();
  const summaries = new Map<string, StoredReportSummary>();
  let lastOpenReportId: string | undefined;
  const put = (reportId: string, draft: StoredDraft, summary: StoredReportSummary): void => {
    drafts.set(reportId, structuredClone(draft));
    summaries.set(reportId, structuredClone(summary));
  };
  return {
    readDraft: async (reportId) => structuredClone(drafts.get(reportId)),
    writeDraft: async (reportId, draft, summary) => put(reportId, draft, summary),
    writeDraftUnlessNewer: async (reportId, draft, summary, baseRevision, force) => {
      const stored = summaries.get(reportId);
      if (!force && baseRevision > 0 && stored === undefined) return { outcome: 'deleted' };
      const storedRevision = stored?.revision ?? 0;
      if (!force && storedRevision > baseRevision) return { outcome: 'newer-exists' };
      const revision = Math.max(storedRevision, baseRevision) + 1;
      put(reportId, { ...draft, revision }, { ...summary, revision });
      return { outcome: 'written', revision };
    },
    readRevision: async (reportId) => summaries.get(reportId)?.revision,
    listReports: async () => [...summaries.values()].map((summary) => structuredClone(summary)),
    deleteReport: async (reportId) => {
      drafts.delete(reportId);
      summaries.delete(reportId);
    },
    renameReport: async () => undefined,
    readLastOpenReportId: async () => lastOpenReportId,
    writeLastOpenReportId: async (reportId) => {
      lastOpenReportId = reportId;
    },
  };
}
