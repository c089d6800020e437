import type { RunFileInput, RunImportParse, RunImportProgress } from './runImportTypes';

/** What the page sends the run-import worker: the dropped files' paths and text. */
export interface RunImportWorkerRequest {
  files: RunFileInput[];
}

/** What the worker sends back: progress while reading, then the parse (or why it stopped). */
export type RunImportWorkerMessage =
  | { type: 'progress'; progress: RunImportProgress }
  | { type: 'done'; parse: RunImportParse }
  | { type: 'error'; message: string };
