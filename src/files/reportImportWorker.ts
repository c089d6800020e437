import { readReportBytes } from './readReportFile';
import { restoreReportForPage } from './restoreReportForPage';
import { serializeReport } from '@/export/serializeReport';
import { createExampleReport } from '@/model/createExampleReport';
import type {
  ReportImportWorkerMessage,
  ReportImportWorkerRequest,
} from './reportImportWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The worker starts while the person is still picking a file (prepareReportImport). Reading the
 * example a few times meanwhile gets the checks compiled, so the chosen draft is checked by
 * optimized code, not by code run for the first time.
 */
function warmUp(): void {
  const bytes = new TextEncoder().encode(
    serializeReport(createExampleReport(), new Date(0).toISOString()),
  );
  for (let round = 0; round < 5; round += 1) restoreReportForPage(bytes, () => undefined);
}

warmUp();

function send(message: ReportImportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function refuseUnread(error: unknown): void {
  send({
    type: 'refused',
    failure: {
      ok: false,
      message: 'This file could not be read.',
      details: [error instanceof Error ? error.message : String(error)],
    },
  });
}

scope.addEventListener('message', (event: MessageEvent<ReportImportWorkerRequest>) => {
  void (async () => {
    const read = await readReportBytes(event.data.file, (step) => send({ type: 'step', step }));
    if (!read.ok) {
      send({ type: 'refused', failure: read });
      return;
    }
    send({ type: 'step', step: 'checking' });
    restoreReportForPage(read.bytes, send);
  })().catch(refuseUnread);
});
