import type { DocxFigureImage } from '@/export/docxFigureImage';
import type { MarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
import type { Report } from '@/model/reportSchema';

/** A file, or for JSON its plot points, for the export worker to build. */
export type ExportWorkerTask =
  | {
      format: 'docx';
      /** PNG per plot id; a worker cannot decode SVG images, so the page draws them. */
      figures: ReadonlyMap<string, DocxFigureImage>;
    }
  | { format: 'markdown' }
  | { format: 'markdown-zip' }
  | { format: 'json-points' };

/**
 * What each task gives back: the file's bytes; for Markdown the text with the figures left out,
 * which the page draws meanwhile; for JSON each series' points, while the page writes the rest.
 */
export interface ExportWorkerResults {
  docx: Uint8Array;
  markdown: MarkdownWithFigureSlots;
  'markdown-zip': Uint8Array;
  /** UTF-8, so the page hands the bytes to the Blob without encoding 2 MB of text itself. */
  'json-points': Uint8Array[];
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
