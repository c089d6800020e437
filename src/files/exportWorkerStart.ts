import { onNextActivity, runWhenPageIdle } from '@/platform/idleWork';
import type { ExportWorkerRequest } from './exportWorkerProtocol';

/**
 * Export workers, and the first one started ahead: in a pause in the writing, to build a Word file
 * before the first export, or as the Export menu opens, before the exporter's own code has loaded:
 * the worker then loads its code (most of a Word export's wait before the build) while the page
 * loads the exporter, instead of after it.
 */

/** How long a worker started ahead waits to be claimed (the exporter's code failed to load). */
const unclaimedMilliseconds = 30_000;

/**
 * How long the page is left alone before the worker is warmed: a pause for reading, not a breath
 * between sentences. Its first 1.3–1.5 s (loading its code, the first build) slowed the page on two
 * cores: after 5 s, in 2 of 15 bench attempts a first key on a slow machine came just then (245
 * and 300 ms against 56–158).
 */
const warmUpAfterQuietMilliseconds = 15_000;

interface StartedAhead {
  worker: Worker;
  /** The worker's code failed to load or run before anyone listened. */
  failed: boolean;
  discardTimer: ReturnType<typeof setTimeout> | undefined;
}

let startedAhead: StartedAhead | undefined;
let claimedOnce = false;
let warmUpPlanned = false;

function createExportWorker(): Worker {
  return new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
}

/** A worker for the exporter to claim, ended after `discardAfter` milliseconds unless kept. */
function startAhead(discardAfter: number | 'kept'): StartedAhead {
  const worker = createExportWorker();
  const ahead: StartedAhead = { worker, failed: false, discardTimer: undefined };
  if (discardAfter !== 'kept')
    ahead.discardTimer = setTimeout(() => {
      if (startedAhead !== ahead) return;
      startedAhead = undefined;
      worker.terminate();
    }, discardAfter);
  worker.addEventListener('error', () => {
    ahead.failed = true;
  });
  startedAhead = ahead;
  return ahead;
}

/**
 * Starts the export worker ahead of the first export. Later the exporter is loaded already and
 * starts its worker at once, so this does nothing once a worker has been claimed.
 */
export function startExportWorkerAhead(): void {
  if (claimedOnce || startedAhead !== undefined || typeof Worker === 'undefined') return;
  startAhead(unclaimedMilliseconds);
}

/**
 * Once the page has been left alone a moment, before any export, starts the export worker and has
 * it build a Word file and drop it (`warm`), so the first export runs optimized code (about a
 * second less for a large report), until the person is back at work. The worker is kept for the
 * first export: most of what it holds is the exporter's code, which that export would load.
 */
export function warmExportWorkerWhenIdle(): void {
  if (warmUpPlanned || typeof Worker === 'undefined') return;
  warmUpPlanned = true;
  runWhenPageIdle(() => {
    if (claimedOnce || startedAhead !== undefined) return;
    const warm: ExportWorkerRequest = { type: 'warm' };
    const stop: ExportWorkerRequest = { type: 'stop-warm-up' };
    const { worker } = startAhead('kept');
    worker.postMessage(warm);
    // On two cores the builds slowed keys about twofold (p95 35–36 ms against 10–14): the person
    // gets the core back.
    onNextActivity(() => worker.postMessage(stop));
  }, warmUpAfterQuietMilliseconds);
}

/** The worker started ahead, unless it failed, or a new one. */
export function takeExportWorker(): Worker {
  claimedOnce = true;
  const ahead = startedAhead;
  startedAhead = undefined;
  if (ahead !== undefined) {
    clearTimeout(ahead.discardTimer);
    if (!ahead.failed) return ahead.worker;
    ahead.worker.terminate();
  }
  return createExportWorker();
}
