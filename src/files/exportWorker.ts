import { stampExportedAt, writeJsonDraftAhead } from '@/export/jsonDraftAhead';
import { buildMarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
import { preloadDocxLayout } from '@/export/packDocx';
import { unpackPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import type {
  ExportWorkerMessage,
  ExportWorkerRequest,
  ExportWorkerResult,
  ExportWorkerResults,
} from './exportWorkerProtocol';
import { encodeMarkdown, runExportTask } from './runExportTask';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let preparedReport: Report | undefined;
/** The prepared report's JSON draft, written while the Export menu is open; used once. */
let draftAhead: { report: Report; parts: Uint8Array[] } | undefined;
/** The prepared report's Markdown text, written after its JSON draft; used once. */
let markdownAhead: { report: Report; result: ExportWorkerResults['markdown'] } | undefined;
let aheadTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Writes the prepared report's JSON draft, then in a task of its own its Markdown text, after the
 * messages already waiting (a build sent at once goes first), so picking JSON or Markdown finds it
 * written. The first Markdown build in a worker takes about three times as long as the next ones.
 */
function writeAheadSoon(report: Report): void {
  clearTimeout(aheadTimer);
  draftAhead = undefined;
  markdownAhead = undefined;
  aheadTimer = setTimeout(() => {
    if (preparedReport !== report) return;
    draftAhead = { report, parts: writeJsonDraftAhead(report) };
    aheadTimer = setTimeout(() => {
      if (preparedReport === report)
        markdownAhead = { report, result: encodeMarkdown(buildMarkdownWithFigureSlots(report)) };
    }, 0);
  }, 0);
}

/** The Markdown written ahead for this report, if there is one. */
function takeMarkdownAhead(report: Report): ExportWorkerResults['markdown'] | undefined {
  const ahead = markdownAhead;
  markdownAhead = undefined;
  return ahead?.report === report ? ahead.result : undefined;
}

/** The draft written ahead for this report, stamped with the export time, if there is one. */
function takeDraftAhead(report: Report, exportedAt: string): Uint8Array[] | undefined {
  const ahead = draftAhead;
  draftAhead = undefined;
  if (ahead?.report !== report || !stampExportedAt(ahead.parts, exportedAt)) return undefined;
  return ahead.parts;
}

/** The byte buffers of a result, handed over to the page instead of copied. */
function buffersOf(result: ExportWorkerResult): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer];
  if (Array.isArray(result)) return result.map((bytes) => bytes.buffer);
  return result.pieces.map((bytes) => bytes.buffer);
}

function send(message: ExportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

scope.addEventListener('message', (event: MessageEvent<ExportWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    preparedReport = unpackPlotPoints(request.packed);
    preloadDocxLayout();
    writeAheadSoon(preparedReport);
    return;
  }
  const { id, task } = request;
  const report = request.packed === undefined ? preparedReport : unpackPlotPoints(request.packed);
  if (report === undefined) {
    send({ id, type: 'error', message: 'The export worker was given no report.' });
    return;
  }
  const written =
    task.format === 'json'
      ? takeDraftAhead(report, task.exportedAt)
      : task.format === 'markdown'
        ? takeMarkdownAhead(report)
        : undefined;
  if (written !== undefined) {
    send({ id, type: 'done', result: written }, buffersOf(written));
    return;
  }
  runExportTask(task, report, (stage) => send({ id, type: 'progress', stage })).then(
    (result) => send({ id, type: 'done', result }, buffersOf(result)),
    (error: unknown) =>
      send({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
