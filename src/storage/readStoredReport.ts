import {
  packedPointLists,
  pointsRebuiltPerStep,
  unpackPlotPointsInSteps,
} from '@/model/packedPlotPoints';
import { restoreDraft } from '@/model/restoreDraft';
import type { Report } from '@/model/reportSchema';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import type { ReportDatabase } from './reportDatabase';
import {
  savedAtOf,
  type StoredReportAnswer,
  type StoredReportRequest,
} from './storedReportProtocol';

/** A stored report as every open reads it: checked by `restoreReport`, or why it could not be. */
export type StoredReportRead =
  | { found: false }
  | { found: true; ok: true; report: Report; storedRevision: number; savedAt: string | undefined }
  | { found: true; ok: false; problem: string; raw: unknown };

async function readHere(database: ReportDatabase, reportId: string): Promise<StoredReportRead> {
  const raw = await database.readDraft(reportId);
  if (raw === undefined) return { found: false };
  const restored = restoreDraft(raw, packedPointLists);
  return restored.ok
    ? {
        found: true,
        ok: true,
        report: restored.report,
        storedRevision: restored.storedRevision,
        savedAt: savedAtOf(raw),
      }
    : { found: true, ok: false, problem: [restored.message, ...restored.details].join(' '), raw };
}

function askWorker(request: StoredReportRequest): Promise<StoredReportAnswer> {
  const worker = new Worker(new URL('./storedReportWorker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<StoredReportAnswer>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<StoredReportAnswer>) =>
      resolve(event.data),
    );
    worker.addEventListener('error', () => resolve({ type: 'failed' }));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * Reads a stored report and checks it. A report in IndexedDB is read and checked in a worker and
 * its plot points come back packed, rebuilt here a step at a time: reading the 16x bench report
 * on the page held it for 3.6 s, most of it building and collecting 1.6 M point arrays at once.
 */
export async function readStoredReport(
  database: ReportDatabase,
  reportId: string,
): Promise<StoredReportRead> {
  const { databaseName } = database;
  if (databaseName === undefined || typeof Worker === 'undefined')
    return readHere(database, reportId);
  const answer = await askWorker({ databaseName, reportId });
  // A draft is only called unreadable for what is in it, never because a worker failed.
  if (answer.type === 'failed') return readHere(database, reportId);
  if (answer.type === 'missing') return { found: false };
  if (answer.type === 'unreadable')
    return { found: true, ok: false, problem: answer.problem, raw: answer.raw };
  const { packed, pointKeys } = answer;
  database.adoptStoredLists?.(
    packed.packedPoints.flatMap((values, index) => {
      const key = pointKeys[index];
      return key === undefined ? [] : [{ key, values }];
    }),
  );
  const report = await unpackPlotPointsInSteps(packed, {
    pointsPerStep: pointsRebuiltPerStep,
    packed: packedPointLists,
    betweenSteps: async () => {
      await yieldToMainThread();
      return true;
    },
  });
  if (report === undefined) throw new Error('Rebuilding the plot points stopped.');
  return {
    found: true,
    ok: true,
    report,
    storedRevision: answer.storedRevision,
    savedAt: answer.savedAt,
  };
}
