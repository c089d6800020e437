import type { Report } from '@/model/reportSchema';
import type { ExportWorkerMessage, ExportWorkerRequest } from './exportWorkerProtocol';
import { runExportTask } from './runExportTask';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let preparedReport: Report | undefined;

function send(message: ExportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, { transfer });
}

scope.addEventListener('message', (event: MessageEvent<ExportWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    preparedReport = request.report;
    return;
  }
  const { id, task } = request;
  const report = request.report ?? preparedReport;
  if (report === undefined) {
    send({ id, type: 'error', message: 'The export worker was given no report.' });
    return;
  }
  runExportTask(task, report, (stage) => send({ id, type: 'progress', stage })).then(
    (result) =>
      send({ id, type: 'done', result }, result instanceof Uint8Array ? [result.buffer] : []),
    (error: unknown) =>
      send({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
