import { saveAs } from 'file-saver';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildMarkdownArchive } from '@/export/buildMarkdownArchive';
import type { DocxFigureImage } from '@/export/docxFigureImage';
import { reportFileName } from '@/export/reportFileName';
import { serializeReport } from '@/export/serializeReport';
import type { Report } from '@/model/reportSchema';
import type { DocxWorkerMessage, DocxWorkerRequest } from './docxWorkerProtocol';
import { rasterizeReportFigures } from './rasterizeReportFigures';

export type ExportFormat = 'markdown' | 'markdown-zip' | 'docx' | 'json';

const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function packDocxInWorker(
  report: Report,
  figures: ReadonlyMap<string, DocxFigureImage>,
  onProgress: (stage: string) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<DocxWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.stage);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.bytes);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The Word export stopped unexpectedly.'));
    });
    const request: DocxWorkerRequest = { report, figures };
    worker.postMessage(
      request,
      [...figures.values()].map((figure) => figure.png.buffer),
    );
  });
}

async function packDocxHere(
  report: Report,
  figures: ReadonlyMap<string, DocxFigureImage>,
  onProgress: (stage: string) => void,
): Promise<Uint8Array> {
  onProgress('Building the Word document…');
  const { packDocx } = await import('@/export/packDocx');
  return packDocx(report, figures);
}

async function buildFile(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<{ blob: Blob; extension: string }> {
  switch (format) {
    case 'markdown':
      onProgress('Writing Markdown…');
      return {
        blob: new Blob([buildMarkdown(report)], { type: 'text/markdown;charset=utf-8' }),
        extension: 'md',
      };
    case 'markdown-zip':
      onProgress('Writing Markdown and figures…');
      return {
        blob: new Blob([buildMarkdownArchive(report) as BlobPart], { type: 'application/zip' }),
        extension: 'zip',
      };
    case 'json':
      onProgress('Writing JSON…');
      return {
        blob: new Blob([serializeReport(report, new Date().toISOString())], {
          type: 'application/json',
        }),
        extension: 'json',
      };
    case 'docx': {
      onProgress('Drawing the figures…');
      const figures = await rasterizeReportFigures(report);
      // The worker keeps the page responsive; without Worker support the build runs here.
      const bytes =
        typeof Worker === 'undefined'
          ? await packDocxHere(report, figures, onProgress)
          : await packDocxInWorker(report, figures, onProgress);
      return { blob: new Blob([bytes as BlobPart], { type: docxMimeType }), extension: 'docx' };
    }
  }
}

/** Builds the report in one format and hands it to the browser as a download. */
export async function exportReport(
  format: ExportFormat,
  report: Report,
  onProgress: (stage: string) => void = () => {},
): Promise<void> {
  const { blob, extension } = await buildFile(format, report, onProgress);
  onProgress('Saving…');
  saveAs(blob, reportFileName(report, extension));
}
