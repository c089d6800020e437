import type { PackedRunImportParse } from './packedRunImportParse';
import type { RunImportProgress } from './runImportTypes';

/** One picked file as the page hands it over: its path in the dropped folder and the file itself. */
export interface RunFileToRead {
  path: string;
  /** A File: posting it copies a handle, not its bytes, so the worker reads it. */
  file: Blob;
}

/** What the page sends the run-import worker: the files to read, in the order they were picked. */
export interface RunImportWorkerRequest {
  files: RunFileToRead[];
}

/**
 * What the worker sends back: which file it starts reading, progress while parsing, then the parse
 * with its series points packed (or why it stopped).
 */
export type RunImportWorkerMessage =
  | { type: 'reading'; fileIndex: number }
  | { type: 'progress'; progress: RunImportProgress }
  | { type: 'done'; packed: PackedRunImportParse }
  | { type: 'error'; message: string };
