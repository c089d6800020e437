import type { DocxFigureImage } from '@/export/docxFigureImage';
import type { MarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
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
 * What each task gives back: the file's bytes, or for Markdown the text with the figures left
 * out, which the page draws meanwhile.
 */
export interface ExportWorkerResults {
  docx: Uint8Array;
  markdown: MarkdownWithFigureSlots;
  'markdown-zip': Uint8Array;
}

export type ExportWorkerResult = ExportWorkerResults[ExportWorkerTask['format']];

/**
 * What the page sends the export worker. `prepare` hands over the report while the user picks a
 * format; a `build` without a report builds the prepared one. `id` pairs answers with builds.
 */
export type ExportWorkerRequest =
  | { type: 'prepare'; report: Report }
  | { type: 'build'; id: number; task: ExportWorkerTask; report: Report | undefined };

/** What the export worker sends back: progress, then the result or why it failed. */
export type ExportWorkerMessage =
  | { id: number; type: 'progress'; stage: string }
  | { id: number; type: 'done'; result: ExportWorkerResult }
  | { id: number; type: 'error'; message: string };
