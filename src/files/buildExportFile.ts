import { buildMarkdown } from '@/export/buildMarkdown';
import { buildMarkdownArchive } from '@/export/buildMarkdownArchive';
import { packDocx } from '@/export/packDocx';
import type { Report } from '@/model/reportSchema';
import type { ExportWorkerTask } from './exportWorkerProtocol';

type ExportWorkerFormat = ExportWorkerTask['format'];

type Builder<Format extends ExportWorkerFormat> = (
  task: Extract<ExportWorkerTask, { format: Format }>,
  report: Report,
  onProgress: (stage: string) => void,
) => Uint8Array | Promise<Uint8Array>;

const encoder = new TextEncoder();

const builders: { readonly [Format in ExportWorkerFormat]: Builder<Format> } = {
  docx: (task, report, onProgress) => {
    onProgress('Building the Word document…');
    return packDocx(report, task.figures);
  },
  markdown: (_task, report, onProgress) => {
    onProgress('Writing Markdown…');
    return encoder.encode(buildMarkdown(report));
  },
  'markdown-zip': (_task, report, onProgress) => {
    onProgress('Writing Markdown and figures…');
    return buildMarkdownArchive(report);
  },
};

/**
 * The bytes of a Word, Markdown or Markdown + figures file: what the export worker runs, and the
 * page where there is no Worker.
 */
export async function buildExportFile(
  task: ExportWorkerTask,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<Uint8Array> {
  const builder = builders[task.format] as Builder<ExportWorkerFormat>;
  return builder(task, report, onProgress);
}
