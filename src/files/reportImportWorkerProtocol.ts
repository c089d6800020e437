import type { Report } from '@/model/reportSchema';
import type { RestoreFailure } from '@/model/restoreReport';
import type { ReportFileStep } from './readReportFile';

/** What the page sends the import worker: the picked file itself, which costs nothing to send. */
export interface ReportImportWorkerRequest {
  file: File;
}

/**
 * What the worker sends back: each step as it starts; the plot point lists, packed, each as soon
 * as it is read (the page rebuilds them while the worker reads and checks the rest); then the
 * checked report without its points, or why not.
 */
export type ReportImportWorkerMessage =
  | { type: 'step'; step: ReportFileStep }
  | { type: 'points'; packedPoints: Float64Array[] }
  | {
      type: 'restored';
      /** The report with every series' points left empty. */
      report: Report;
      /** Lists not sent before (not read apart from the draft), packed once checked. */
      packedPoints: Float64Array[];
      /**
       * For each series in report order, its list: an index into the lists sent before the
       * checks, followed by `packedPoints`.
       */
      pointListOfSeries: number[];
      appliedMigrations: string[];
    }
  | { type: 'refused'; failure: RestoreFailure };
