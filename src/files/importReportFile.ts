import {
  packedPointLists,
  pointsRebuiltPerStep,
  unpackPlotPointsInSteps,
} from '@/model/packedPlotPoints';
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

/** Long enough to pick a file in a slow file dialog; an unused worker then frees its memory. */
const warmWorkerMilliseconds = 120_000;

let warmWorker: { worker: Worker; idleTimer: ReturnType<typeof setTimeout> } | undefined;

function startImportWorker(): Worker {
  return new Worker(new URL('./reportImportWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the worker while the person picks or drags a file (Import clicked, a file dragged over
 * the page): its code then loads during the file dialog, not after the file is chosen.
 */
export function prepareReportImport(): void {
  if (typeof Worker === 'undefined') return;
  if (warmWorker !== undefined) clearTimeout(warmWorker.idleTimer);
  const worker = warmWorker?.worker ?? startImportWorker();
  warmWorker = {
    worker,
    idleTimer: setTimeout(() => {
      worker.terminate();
      if (warmWorker?.worker === worker) warmWorker = undefined;
    }, warmWorkerMilliseconds),
  };
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
 * Imports a JSON draft without holding the page: the file is read, parsed and checked by
 * `restoreReport` in a worker, and its plot points come back as packed arrays that are rebuilt
 * here a step at a time. Undefined when cancelled.
 */
export async function importReportFile(
  file: File,
  { onStep, signal }: ReportImportOptions,
): Promise<RestoreResult | undefined> {
  if (typeof Worker === 'undefined') return readReportFile(file, onStep);
  const worker = takeImportWorker();
  type Answer = Exclude<ReportImportWorkerMessage, { type: 'step' }>;
  const answer = await new Promise<Answer | undefined>((resolve) => {
    const stop = (): void => resolve(undefined);
    signal.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ReportImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'step') {
        onStep(message.step);
        return;
      }
      signal.removeEventListener('abort', stop);
      resolve(message);
    });
    worker.addEventListener('error', (event) => {
      signal.removeEventListener('abort', stop);
      resolve({
        type: 'refused',
        failure: {
          ok: false,
          message: 'This file could not be read.',
          details: [event.message || 'The reader stopped.'],
        },
      });
    });
    if (signal.aborted) stop();
    else worker.postMessage({ file } satisfies ReportImportWorkerRequest);
  });
  worker.terminate();
  if (answer === undefined || signal.aborted) return undefined;
  if (answer.type === 'refused') return answer.failure;
  onStep('building');
  const report = await unpackPlotPointsInSteps(answer.packed, {
    pointsPerStep: pointsRebuiltPerStep,
    packed: packedPointLists,
    betweenSteps: async () => {
      await yieldToMainThread();
      return !signal.aborted;
    },
  });
  if (report === undefined) return undefined;
  return { ok: true, report, appliedMigrations: answer.appliedMigrations };
}
