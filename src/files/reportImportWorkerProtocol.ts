import type { PackedReport } from '@/model/packedPlotPoints';
import type { RestoreFailure } from '@/model/restoreReport';
import type { ReportFileStep } from './readReportFile';

/** What the page sends the import worker: the picked file itself, which costs nothing to send. */
export interface ReportImportWorkerRequest {
  file: File;
}

/** What the worker sends back: each step as it starts, then the packed report or why not. */
export type ReportImportWorkerMessage =
  | { type: 'step'; step: ReportFileStep }
  | { type: 'restored'; packed: PackedReport; appliedMigrations: string[] }
  | { type: 'refused'; failure: RestoreFailure };
