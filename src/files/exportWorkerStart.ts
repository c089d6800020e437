/**
 * Export workers, and the first one started as the Export menu opens, before the exporter's own
 * code has loaded: the worker then loads its code (most of a Word export's wait before the build)
 * while the page loads the exporter, instead of after it.
 */

/** How long a worker started ahead waits to be claimed (the exporter's code failed to load). */
const unclaimedMilliseconds = 30_000;

interface StartedAhead {
  worker: Worker;
  /** The worker's code failed to load or run before anyone listened. */
  failed: boolean;
  discardTimer: ReturnType<typeof setTimeout>;
}

let startedAhead: StartedAhead | undefined;
let claimedOnce = false;

function createExportWorker(): Worker {
  return new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the export worker ahead of the first export. Later the exporter is loaded already and
 * starts its worker at once, so this does nothing once a worker has been claimed.
 */
export function startExportWorkerAhead(): void {
  if (claimedOnce || startedAhead !== undefined || typeof Worker === 'undefined') return;
  const worker = createExportWorker();
  const ahead: StartedAhead = {
    worker,
    failed: false,
    discardTimer: setTimeout(() => {
      if (startedAhead !== ahead) return;
      startedAhead = undefined;
      worker.terminate();
    }, unclaimedMilliseconds),
  };
  worker.addEventListener('error', () => {
    ahead.failed = true;
  });
  startedAhead = ahead;
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
