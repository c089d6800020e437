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

/** The byte buffers of a result, handed over to the page instead of copied. */
function buffersOf(result: ExportWorkerResult): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer];
  if (Array.isArray(result)) return result.map((bytes) => bytes.buffer);
  return [];
}

function send(message: ExportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

scope.addEventListener('message', (event: MessageEvent<ExportWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    preparedReport = unpackPlotPoints(request.packed);
    preloadDocxLayout();
    return;
  }
  const { id, task } = request;
  const report = request.packed === undefined ? preparedReport : unpackPlotPoints(request.packed);
  if (report === undefined) {
    send({ id, type: 'error', message: 'The export worker was given no report.' });
    return;
  }
  runExportTask(task, report, (stage) => send({ id, type: 'progress', stage })).then(
    (result) => send({ id, type: 'done', result }, buffersOf(result)),
    (error: unknown) =>
      send({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
