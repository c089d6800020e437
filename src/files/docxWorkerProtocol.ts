import type { Report } from '@/model/reportSchema';

/** What the page sends the DOCX worker. */
export interface DocxWorkerRequest {
  report: Report;
}

/** What the DOCX worker sends back: progress, then the file's bytes or why it failed. */
export type DocxWorkerMessage =
  | { type: 'progress'; stage: string }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
