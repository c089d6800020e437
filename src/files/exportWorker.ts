import { stampExportedAt, writeJsonDraftAhead } from '@/export/jsonDraftAhead';
import { preloadDocxLayout } from '@/export/packDocx';
import { unpackPlotPoints } from '@/model/packedPlotPoints';
import type { Report } from '@/model/reportSchema';
import type {
  ExportWorkerMessage,
  ExportWorkerRequest,
  ExportWorkerResult,
} from './exportWorkerProtocol';
import { runExportTask } from './runExportTask';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let preparedReport: Report | undefined;
/** The prepared report's JSON draft, written while the Export menu is open; used once. */
let draftAhead: { report: Report; parts: Uint8Array[] } | undefined;
let draftAheadTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Writes the prepared report's JSON draft after the messages already waiting (a build sent at once
 * goes first), so picking JSON finds it written.
 */
function writeDraftAheadSoon(report: Report): void {
  clearTimeout(draftAheadTimer);
  draftAhead = undefined;
  draftAheadTimer = setTimeout(() => {
    if (preparedReport === report) draftAhead = { report, parts: writeJsonDraftAhead(report) };
  }, 0);
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
    writeDraftAheadSoon(preparedReport);
    return;
  }
  const { id, task } = request;
  const report = request.packed === undefined ? preparedReport : unpackPlotPoints(request.packed);
  if (report === undefined) {
    send({ id, type: 'error', message: 'The export worker was given no report.' });
    return;
  }
  const written = task.format === 'json' ? takeDraftAhead(report, task.exportedAt) : undefined;
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
