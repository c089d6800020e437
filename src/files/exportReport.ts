import { saveAs } from 'file-saver';
import { reportFileName } from '@/export/reportFileName';
import { serializeReportParts } from '@/export/serializeReportParts';
import type { Report } from '@/model/reportSchema';
import { createExportWorkerConnection } from './exportWorkerConnection';
import type { ExportWorkerTask } from './exportWorkerProtocol';
import { rasterizeReportFigures } from './rasterizeReportFigures';

export type ExportFormat = 'markdown' | 'markdown-zip' | 'docx' | 'json';

const fileTypes: { readonly [Format in ExportFormat]: { type: string; extension: string } } = {
  markdown: { type: 'text/markdown;charset=utf-8', extension: 'md' },
  'markdown-zip': { type: 'application/zip', extension: 'zip' },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  json: { type: 'application/json', extension: 'json' },
};

/** Long enough for the exports of one sitting to share a worker, short enough to free its memory. */
const workerIdleMilliseconds = 60_000;

const exportWorker = createExportWorkerConnection(
  () => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' }),
  workerIdleMilliseconds,
);

/**
 * Starts the export worker and gives it the report, so that an export chosen next does not wait
 * for either; the Export menu calls this when it opens.
 */
export function prepareExport(report: Report): void {
  if (typeof Worker !== 'undefined') exportWorker.prepare(report);
}

async function buildHere(
  task: ExportWorkerTask,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<Uint8Array> {
  const { buildExportFile } = await import('./buildExportFile');
  return buildExportFile(task, report, onProgress);
}

async function buildTask(
  format: Exclude<ExportFormat, 'json'>,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<ExportWorkerTask> {
  if (format !== 'docx') return { format };
  onProgress('Drawing the figures…');
  return { format, figures: await rasterizeReportFigures(report) };
}

async function buildContents(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<BlobPart[]> {
  if (format === 'json') {
    onProgress('Writing JSON…');
    return serializeReportParts(report, new Date().toISOString());
  }
  const task = await buildTask(format, report, onProgress);
  // The worker keeps the page responsive; without Worker support the build runs here.
  const bytes =
    typeof Worker === 'undefined'
      ? await buildHere(task, report, onProgress)
      : await exportWorker.build(task, report, onProgress);
  return [bytes as BlobPart];
}

/** Builds the report in one format and hands it to the browser as a download. */
export async function exportReport(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void = () => {},
): Promise<void> {
  const contents = await buildContents(format, report, onProgress);
  onProgress('Saving…');
  const { type, extension } = fileTypes[format];
  saveAs(new Blob(contents, { type }), reportFileName(report, extension));
}
