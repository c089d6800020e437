import type { DocxFigureImage } from '@/export/docxFigureImage';
import type { Report } from '@/model/reportSchema';

/** A file for the export worker to build; JSON is written on the page (see exportReport.ts). */
export type ExportWorkerTask =
  | {
      format: 'docx';
      /** PNG per plot id; a worker cannot decode SVG images, so the page draws them. */
      figures: ReadonlyMap<string, DocxFigureImage>;
    }
  | { format: 'markdown' }
  | { format: 'markdown-zip' };

/**
 * What the page sends the export worker. `prepare` hands over the report while the user picks a
 * format; a `build` without a report builds the prepared one. `id` pairs answers with builds.
 */
export type ExportWorkerRequest =
  | { type: 'prepare'; report: Report }
  | { type: 'build'; id: number; task: ExportWorkerTask; report: Report | undefined };

/** What the export worker sends back: progress, then the file's bytes or why it failed. */
export type ExportWorkerMessage =
  | { id: number; type: 'progress'; stage: string }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
