import type { DocxFigureImage } from '@/export/docxFigureImage';
import type { Report } from '@/model/reportSchema';

/** What the page sends the DOCX worker: the report and its figures, rasterized in the page. */
export interface DocxWorkerRequest {
  report: Report;
  /** PNG per plot id; a worker cannot decode SVG images, so the page draws them. */
  figures: ReadonlyMap<string, DocxFigureImage>;
}

/** What the DOCX worker sends back: progress, then the file's bytes or why it failed. */
export type DocxWorkerMessage =
  | { type: 'progress'; stage: string }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
