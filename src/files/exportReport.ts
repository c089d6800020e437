import { saveAs } from 'file-saver';
import type { DocxFigureImage } from '@/export/docxFigureImage';
import { interleave } from '@/export/interleave';
import { reportFileName } from '@/export/reportFileName';
import type { Report } from '@/model/reportSchema';
import { createExportWorkerConnection } from './exportWorkerConnection';
import { takeExportWorker } from './exportWorkerStart';
import {
  drawMarkdownFiguresAhead,
  stopMarkdownFiguresAhead,
  takeMarkdownFigures,
} from './drawMarkdownFigures';
import type { ExportWorkerFiles, ExportWorkerTask } from './exportWorkerProtocol';
import {
  canRasterizeFigures,
  rasterizeReportFigures,
  reportFigureSizes,
} from './rasterizeReportFigures';

export type ExportFormat =
  | 'markdown'
  | 'markdown-zip'
  | 'docx'
  | 'json'
  | 'model-card'
  | 'model-card-zip'
  | 'reproduction-kit';

export interface ExportOptions {
  /** The model a model card describes; undefined for the best on the primary metric. */
  modelId?: string | undefined;
  /** Word only: open comment threads as Word comments. */
  includeComments?: boolean;
}

const fileTypes: { readonly [Format in ExportFormat]: { type: string; extension: string } } = {
  markdown: { type: 'text/markdown;charset=utf-8', extension: 'md' },
  'markdown-zip': { type: 'application/zip', extension: 'zip' },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  json: { type: 'application/json', extension: 'json' },
  'model-card': { type: 'text/markdown;charset=utf-8', extension: 'md' },
  'model-card-zip': { type: 'application/zip', extension: 'zip' },
  'reproduction-kit': { type: 'application/zip', extension: 'zip' },
};

/** The Hub reads a model card from README.md; the .zip is named after the report. */
function fileNameOf(format: ExportFormat, report: Report): string {
  if (format === 'model-card') return 'README.md';
  if (format === 'model-card-zip')
    return reportFileName(report, 'zip').replace(/\.zip$/u, '-model-card.zip');
  if (format === 'reproduction-kit')
    return reportFileName(report, 'zip').replace(/\.zip$/u, '-reproduction-kit.zip');
  return reportFileName(report, fileTypes[format].extension);
}

/** Long enough for the exports of one sitting to share a worker, short enough to free its memory. */
const workerIdleMilliseconds = 60_000;

const exportWorker = createExportWorkerConnection(takeExportWorker, workerIdleMilliseconds);

/**
 * Starts the export worker and gives it the report, and draws the Markdown figures, so that an
 * export chosen next does not wait for them; the Export menu calls this when it opens.
 */
export function prepareExport(report: Report): void {
  if (typeof Worker !== 'undefined') exportWorker.prepare(report);
  drawMarkdownFiguresAhead(report);
}

async function runHere<Task extends ExportWorkerTask>(
  task: Task,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<ExportWorkerFiles[Task['format']]> {
  const { exportFileOf, runExportTask } = await import('./runExportTask');
  return exportFileOf(await runExportTask(task, report, onProgress));
}

/** The worker keeps the page responsive; without Worker support the task runs here. */
function run<Task extends ExportWorkerTask>(
  task: Task,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<ExportWorkerFiles[Task['format']]> {
  return typeof Worker === 'undefined'
    ? runHere(task, report, onProgress)
    : exportWorker.build(task, report, onProgress);
}

async function buildContents(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void,
  options: ExportOptions,
): Promise<BlobPart[]> {
  if (format !== 'markdown') stopMarkdownFiguresAhead();
  switch (format) {
    case 'json':
      return [await run({ format, exportedAt: new Date().toISOString() }, report, onProgress)];
    case 'markdown': {
      // The worker writes the text while the page draws the figures.
      const [{ pieces, plotIndices }, figures] = await Promise.all([
        run({ format }, report, onProgress),
        takeMarkdownFigures(report),
      ]);
      return interleave<BlobPart>(
        pieces,
        plotIndices.map((plotIndex) => figures[plotIndex] ?? new Uint8Array()),
      );
    }
    case 'markdown-zip':
    case 'reproduction-kit':
      return [await run({ format }, report, onProgress)];
    case 'model-card':
    case 'model-card-zip':
      return [await run({ format, modelId: options.modelId }, report, onProgress)];
    case 'docx': {
      // The worker builds and lays out the document while the page draws the figures.
      const figures = canRasterizeFigures()
        ? { sizes: reportFigureSizes(report), figures: rasterizeReportFigures(report) }
        : new Map<string, DocxFigureImage>();
      return [
        await run(
          { format, figures, includeComments: options.includeComments === true },
          report,
          onProgress,
        ),
      ];
    }
  }
}

/** Builds the report in one format and hands it to the browser as a download. */
export async function exportReport(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void = () => {},
  options: ExportOptions = {},
): Promise<void> {
  const contents = await buildContents(format, report, onProgress, options);
  onProgress('Saving…');
  saveAs(new Blob(contents, { type: fileTypes[format].type }), fileNameOf(format, report));
}
