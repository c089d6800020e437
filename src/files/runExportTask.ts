import { buildMarkdownArchive } from '@/export/buildMarkdownArchive';
import { buildModelCard } from '@/export/buildModelCard';
import { buildModelCardArchive } from '@/export/buildModelCardArchive';
import {
  buildMarkdownWithFigureSlots,
  type MarkdownWithFigureSlots,
} from '@/export/buildMarkdownWithFigureSlots';
import { buildReproductionKitArchive } from '@/export/reproductionKit/buildReproductionKitArchive';
import { packDocx } from '@/export/packDocx';
import { serializeReportParts } from '@/export/serializeReportParts';
import type { Report } from '@/model/reportSchema';
import type {
  ExportWorkerFiles,
  ExportWorkerResult,
  ExportWorkerResults,
  ExportWorkerTask,
} from './exportWorkerProtocol';

/** The Markdown text in UTF-8, so the worker hands its buffers over instead of copying strings. */
export function encodeMarkdown({
  pieces,
  plotIndices,
}: MarkdownWithFigureSlots): ExportWorkerResults['markdown'] {
  return { pieces: pieces.map((piece) => encoder.encode(piece)), plotIndices };
}

type ExportWorkerFormat = ExportWorkerTask['format'];

const encoder = new TextEncoder();

type Runner<Format extends ExportWorkerFormat> = (
  task: Extract<ExportWorkerTask, { format: Format }>,
  report: Report,
  onProgress: (stage: string) => void,
) => ExportWorkerResults[Format] | Promise<ExportWorkerResults[Format]>;

const runners: { readonly [Format in ExportWorkerFormat]: Runner<Format> } = {
  docx: (task, report, onProgress) => {
    onProgress('Building the Word document…');
    return packDocx(report, task.figures, { includeComments: task.includeComments === true });
  },
  markdown: (_task, report, onProgress) => {
    onProgress('Writing Markdown…');
    return encodeMarkdown(buildMarkdownWithFigureSlots(report));
  },
  'markdown-zip': (_task, report, onProgress) => {
    onProgress('Writing Markdown and figures…');
    return buildMarkdownArchive(report);
  },
  json: (task, report, onProgress) => {
    onProgress('Writing JSON…');
    return serializeReportParts(report, task.exportedAt).map((part) => encoder.encode(part));
  },
  'model-card': (task, report, onProgress) => {
    onProgress('Writing the model card…');
    return encoder.encode(buildModelCard(report, { modelId: task.modelId }).markdown);
  },
  'model-card-zip': (task, report, onProgress) => {
    onProgress('Writing the model card and figures…');
    return buildModelCardArchive(report, task.modelId);
  },
  'reproduction-kit': (_task, report, onProgress) => {
    onProgress('Writing the reproduction kit…');
    return buildReproductionKitArchive(report);
  },
};

/** What the export worker does for a task, and the page where there is no Worker. */
export async function runExportTask<Task extends ExportWorkerTask>(
  task: Task,
  report: Report,
  onProgress: (stage: string) => void,
): Promise<ExportWorkerResults[Task['format']]> {
  const runner = runners[task.format] as Runner<ExportWorkerFormat>;
  // The table is keyed by format, so the runner's result is the one for this task's format.
  return (await runner(task, report, onProgress)) as ExportWorkerResults[Task['format']];
}

/** A task's result as the page takes it: its bytes as one Blob, Markdown's pieces as they are. */
export function exportFileOf<Format extends ExportWorkerFormat>(
  result: ExportWorkerResults[Format],
): ExportWorkerFiles[Format];
export function exportFileOf(result: ExportWorkerResult): ExportWorkerFiles[ExportWorkerFormat] {
  if (result instanceof Uint8Array) return blobOf([result]);
  if (Array.isArray(result)) return blobOf(result);
  return result;
}

/** The builders (TextEncoder, fflate, docx) write into buffers of their own, never shared ones. */
function blobOf(parts: Uint8Array[]): Blob {
  return new Blob(parts as Uint8Array<ArrayBuffer>[]);
}
