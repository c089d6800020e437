import {
  packedPointLists,
  pointsRebuiltPerStep,
  unpackPointListsInSteps,
  withSeriesPoints,
} from '@/model/packedPlotPoints';
import type { PlotPoint } from '@/model/reportSchema';
import type { RestoreResult } from '@/model/restoreReport';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import { readReportFile, type ReportFileStep } from './readReportFile';
import type {
  ReportImportWorkerMessage,
  ReportImportWorkerRequest,
} from './reportImportWorkerProtocol';

/** What importing a draft is doing: reading and checking it (in a worker), then building its plots. */
export type ReportImportStep = ReportFileStep | 'building';

export interface ReportImportOptions {
  onStep: (step: ReportImportStep) => void;
  /** Cancel: the worker is stopped and nothing is returned. */
  signal: AbortSignal;
}

/**
 * Long enough to pick a file in a slow file dialog, or to import the next draft; an unused worker
 * then frees its memory.
 */
const warmWorkerMilliseconds = 120_000;

let warmWorker: { worker: Worker; idleTimer: ReturnType<typeof setTimeout> } | undefined;

function startImportWorker(): Worker {
  return new Worker(new URL('./reportImportWorker.ts', import.meta.url), { type: 'module' });
}

/** Keeps `worker` ready for the next import until it has gone unused for a while. */
function keepWarm(worker: Worker): void {
  warmWorker = {
    worker,
    idleTimer: setTimeout(() => {
      worker.terminate();
      if (warmWorker?.worker === worker) warmWorker = undefined;
    }, warmWorkerMilliseconds),
  };
}

/**
 * Starts the worker while the person picks or drags a file (Import clicked, a file dragged over
 * the page): its code then loads during the file dialog, not after the file is chosen.
 */
export function prepareReportImport(): void {
  if (typeof Worker === 'undefined') return;
  if (warmWorker !== undefined) clearTimeout(warmWorker.idleTimer);
  keepWarm(warmWorker?.worker ?? startImportWorker());
}

/** The prepared worker if there is one (each import takes its own), else a new one. */
function takeImportWorker(): Worker {
  const prepared = warmWorker;
  warmWorker = undefined;
  if (prepared === undefined) return startImportWorker();
  clearTimeout(prepared.idleTimer);
  return prepared.worker;
}

/**
 * A worker that answered is kept for the next import, its code loaded and compiled: started
 * afresh, it was still loading when a quickly picked file arrived. One prepared meanwhile wins.
 */
function returnImportWorker(worker: Worker): void {
  if (warmWorker === undefined) keepWarm(worker);
  else worker.terminate();
}

type Answer = Exclude<ReportImportWorkerMessage, { type: 'step' | 'points' }>;

/**
 * Imports a JSON draft without holding the page: the file is read, parsed and checked by
 * `restoreReport` in a worker. Its plot points come as packed arrays, list by list as the worker
 * reads them, and are rebuilt here a step at a time while the worker reads and checks the rest;
 * the report is returned once it is checked and complete. Undefined when cancelled.
 */
export async function importReportFile(
  file: File,
  { onStep, signal }: ReportImportOptions,
): Promise<RestoreResult | undefined> {
  if (typeof Worker === 'undefined') return readReportFile(file, onStep);
  const worker = takeImportWorker();
  let refused = false;
  let failed = false;
  const unpackOptions = {
    pointsPerStep: pointsRebuiltPerStep,
    packed: packedPointLists,
    betweenSteps: async () => {
      await yieldToMainThread();
      return !signal.aborted && !refused;
    },
  };
  const listsBeforeChecks: PlotPoint[][] = [];
  /** False once rebuilding those lists stopped (cancelled or refused). */
  let rebuilding = Promise.resolve(true);
  const listening = new AbortController();
  const answer = await new Promise<Answer | undefined>((resolve) => {
    const finish = (settled: Answer | undefined): void => {
      listening.abort();
      resolve(settled);
    };
    signal.addEventListener('abort', () => finish(undefined), { signal: listening.signal });
    worker.addEventListener(
      'message',
      (event: MessageEvent<ReportImportWorkerMessage>) => {
        const message = event.data;
        if (message.type === 'step') onStep(message.step);
        else if (message.type === 'points') {
          const { packedPoints } = message;
          rebuilding = rebuilding.then(async (going) => {
            const rebuilt = going && (await unpackPointListsInSteps(packedPoints, unpackOptions));
            if (rebuilt === false || rebuilt === undefined) return false;
            listsBeforeChecks.push(...rebuilt);
            return true;
          });
        } else finish(message);
      },
      { signal: listening.signal },
    );
    worker.addEventListener(
      'error',
      (event) => {
        failed = true;
        finish({
          type: 'refused',
          failure: {
            ok: false,
            message: 'This file could not be read.',
            details: [event.message || 'The reader stopped.'],
          },
        });
      },
      { signal: listening.signal },
    );
    if (signal.aborted) finish(undefined);
    else worker.postMessage({ file } satisfies ReportImportWorkerRequest);
  });
  if (answer === undefined || signal.aborted || failed) worker.terminate();
  else returnImportWorker(worker);
  if (answer === undefined || signal.aborted) return undefined;
  if (answer.type === 'refused') {
    refused = true;
    return answer.failure;
  }
  onStep('building');
  const listsAfterChecks = await unpackPointListsInSteps(answer.packedPoints, unpackOptions);
  if (!(await rebuilding) || listsAfterChecks === undefined || signal.aborted) return undefined;
  const lists = [...listsBeforeChecks, ...listsAfterChecks];
  const report = withSeriesPoints(
    answer.report,
    answer.pointListOfSeries.map((index) => lists[index]),
  );
  return { ok: true, report, appliedMigrations: answer.appliedMigrations };
}
