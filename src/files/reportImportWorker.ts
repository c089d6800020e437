import { packPlotPoints } from '@/model/packedPlotPoints';
import { readReportFile } from './readReportFile';
import { serializeReport } from '@/export/serializeReport';
import { createExampleReport } from '@/model/createExampleReport';
import { restoreReportFromText } from '@/model/restoreReport';
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
  const text = serializeReport(createExampleReport(), new Date(0).toISOString());
  for (let round = 0; round < 5; round += 1) {
    const restored = restoreReportFromText(text);
    if (restored.ok) packPlotPoints(restored.report);
  }
}

warmUp();

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
