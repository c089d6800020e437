import type { DocxFigures } from '@/export/docxFigureImage';
import type { DocxFiguresToFollow } from '@/export/packDocx';
import type { PackedReport } from '@/model/packedPlotPoints';

interface DocxTask<Figures> {
  format: 'docx';
  /**
   * PNG per plot id, or the PNGs still being drawn: a worker cannot decode SVG images, so the page
   * draws them while the worker builds the document.
   */
  figures: Figures;
  /** Open comment threads as Word comments. */
  includeComments?: boolean;
}

/** A file for the export worker to build. */
export type ExportWorkerTask = DocxTask<DocxFigures | DocxFiguresToFollow> | OtherExportTask;

type OtherExportTask =
  | { format: 'markdown' }
  | { format: 'markdown-zip' }
  | { format: 'json'; exportedAt: string }
  /** `modelId` undefined describes the best model on the primary metric. */
  | { format: 'model-card'; modelId: string | undefined }
  | { format: 'model-card-zip'; modelId: string | undefined }
  | { format: 'reproduction-kit' };

/**
 * The Markdown export in UTF-8 with each figure's address left out (`buildMarkdownWithFigureSlots`):
 * encoded here, so the page puts bytes into the file instead of encoding a megabyte of text itself.
 */
export interface EncodedMarkdownWithFigureSlots {
  pieces: Uint8Array<ArrayBuffer>[];
  plotIndices: number[];
}

/**
 * What each task gives back: the file's bytes; for Markdown the text with the figures left out,
 * which the page draws meanwhile.
 */
export interface ExportWorkerResults {
  docx: Uint8Array;
  markdown: EncodedMarkdownWithFigureSlots;
  'markdown-zip': Uint8Array;
  /**
   * The draft in UTF-8 pieces (serializeReportParts), so the worker, not the page, writes and
   * encodes 25 MB of text.
   */
  json: Uint8Array[];
  /** README.md in UTF-8. */
  'model-card': Uint8Array;
  'model-card-zip': Uint8Array;
  'reproduction-kit': Uint8Array;
}

export type ExportWorkerResult = ExportWorkerResults[ExportWorkerTask['format']];

/**
 * What the page gets for each task: the file as a Blob, made where the bytes were written (the
 * page took 90–290 ms in one task to copy a 25 MB draft into a Blob; a Blob goes to the page as
 * a handle); for Markdown the pieces the page puts its figures between.
 */
export type ExportWorkerFiles = {
  [Format in keyof ExportWorkerResults]: Format extends 'markdown'
    ? ExportWorkerResults['markdown']
    : Blob;
};

export type ExportWorkerFile = ExportWorkerFiles[ExportWorkerTask['format']];

/**
 * What the page sends the export worker, the report with its plot points packed (a copy of memory,
 * where a million point arrays took the page a second). `prepare` hands the report over while the
 * user picks a format; a `build` without a report builds the prepared one. `id` pairs answers with
 * builds.
 */
export type ExportWorkerRequest =
  | { type: 'prepare'; packed: PackedReport }
  | { type: 'build'; id: number; task: PostedExportTask; packed: PackedReport | undefined }
  /** The figures of a Word build sent with their sizes only; empty when none could be drawn. */
  | { type: 'figures'; id: number; figures: DocxFigures }
  /** Build a Word file and drop it, so the first export runs optimized code; sent in idle time. */
  | { type: 'warm' }
  /** The person is back at work on the page: no more warm-up builds. */
  | { type: 'stop-warm-up' };

/** A task as posted: figures still being drawn go as their sizes, and follow in a `figures` request. */
export type PostedExportTask =
  DocxTask<DocxFigures | Pick<DocxFiguresToFollow, 'sizes'>> | OtherExportTask;

/** What the export worker sends back: progress, then the result or why it failed. */
export type ExportWorkerMessage =
  | { id: number; type: 'progress'; stage: string }
  | { id: number; type: 'done'; result: ExportWorkerFile }
  | { id: number; type: 'error'; message: string };
