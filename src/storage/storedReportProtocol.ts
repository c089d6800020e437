import type { PackedReport } from '@/model/packedPlotPoints';

/** What the page asks the stored-report worker: one report of one database. */
export interface StoredReportRequest {
  databaseName: string;
  reportId: string;
}

/** The stored report checked, its points packed (each with its key in storage), or why not. */
export type StoredReportAnswer =
  | { type: 'missing' }
  | {
      type: 'restored';
      packed: PackedReport;
      /** Each packed list's key in storage, where it is the list stored there. */
      pointKeys: (string | undefined)[];
      storedRevision: number;
      savedAt: string | undefined;
    }
  | { type: 'unreadable'; problem: string; raw: unknown }
  /** The worker itself failed (its code, or IndexedDB in it): the page reads the report instead. */
  | { type: 'failed' };

/** When a stored draft was saved, as its record says. */
export function savedAtOf(raw: unknown): string | undefined {
  const stamp = (raw as { savedAt?: unknown } | undefined)?.savedAt;
  return typeof stamp === 'string' ? stamp : undefined;
}
