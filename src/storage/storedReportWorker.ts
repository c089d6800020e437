import { packPlotPoints } from '@/model/packedPlotPoints';
import type { PlotPoint } from '@/model/sections/results';
import { restoreDraft } from '@/model/restoreDraft';
import { openReportDatabase } from './reportDatabase';
import {
  savedAtOf,
  type StoredReportAnswer,
  type StoredReportRequest,
} from './storedReportProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function send(answer: StoredReportAnswer, transfer: Transferable[] = []): void {
  scope.postMessage(answer, transfer);
}

/** Reads and checks a stored report here, so opening a large one does not hold the page. */
scope.addEventListener('message', (event: MessageEvent<StoredReportRequest>) => {
  void (async () => {
    const { databaseName, reportId } = event.data;
    const database = openReportDatabase(databaseName);
    try {
      const raw = await database.readDraft(reportId);
      if (raw === undefined) {
        send({ type: 'missing' });
        return;
      }
      const lists = new WeakMap<readonly PlotPoint[], Float64Array>();
      const restored = restoreDraft(raw, lists);
      if (!restored.ok) {
        send({
          type: 'unreadable',
          problem: [restored.message, ...restored.details].join(' '),
          raw,
        });
        return;
      }
      const packed = packPlotPoints(restored.report, lists);
      send(
        {
          type: 'restored',
          packed,
          pointKeys: packed.packedPoints.map((values) => database.storedKeyOf?.(reportId, values)),
          storedRevision: restored.storedRevision,
          savedAt: savedAtOf(raw),
        },
        packed.packedPoints.map((values) => values.buffer),
      );
    } catch {
      send({ type: 'failed' });
    }
  })();
});
