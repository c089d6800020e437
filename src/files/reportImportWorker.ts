import { packPlotPoints } from '@/model/packedPlotPoints';
import { readReportFile } from './readReportFile';
import type {
  ReportImportWorkerMessage,
  ReportImportWorkerRequest,
} from './reportImportWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(message: ReportImportWorkerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.addEventListener('message', (event: MessageEvent<ReportImportWorkerRequest>) => {
  void (async () => {
    const result = await readReportFile(event.data.file, (step) =>
      send({ type: 'step', step }),
    ).catch((error: unknown) => ({
      ok: false as const,
      message: 'This file could not be read.',
      details: [error instanceof Error ? error.message : String(error)],
    }));
    if (!result.ok) {
      send({ type: 'refused', failure: result });
      return;
    }
    const packed = packPlotPoints(result.report);
    send(
      { type: 'restored', packed, appliedMigrations: result.appliedMigrations },
      packed.packedPoints.map((values) => values.buffer),
    );
  })();
});
