/** What a person does on the page; each postpones work that can wait. */
const activityEvents = ['keydown', 'input', 'pointerdown', 'wheel'] as const;

/**
 * How long, after the quiet time, work waits for the browser's idle period. A page that draws no
 * frames may get none: in headless Chromium an idle callback asked of such a page never ran.
 */
const idlePeriodWaitMilliseconds = 1000;

/** The browser's Save-Data preference (Network Information API, Chromium only). */
function prefersSavingData(): boolean {
  if (typeof navigator === 'undefined') return false;
  const { connection } = navigator as Navigator & { connection?: { saveData?: boolean } };
  return connection?.saveData === true;
}

/** Calls `listener` at each key, input, click or wheel on the page; returns what stops it. */
function listenForActivity(listener: () => void): () => void {
  const listening = { capture: true, passive: true } as const;
  for (const type of activityEvents) window.addEventListener(type, listener, listening);
  return () => {
    for (const type of activityEvents) window.removeEventListener(type, listener, listening);
  };
}

/**
 * Calls `callback` once, at the person's next key, input, click or wheel on the page: work started
 * unasked can give the machine back. Returns a function that cancels it.
 */
export function onNextActivity(callback: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const stop = listenForActivity(() => {
    stop();
    callback();
  });
  return stop;
}

/**
 * Runs `task` once, when the page has been visible and left alone (no key, click or wheel) for
 * `quietMilliseconds`, in the browser's next idle period: work the page does unasked must not
 * compete with the person using it. Nothing runs for a reader who asked to save data, or where
 * there is no page. Returns a function that cancels it.
 */
export function runWhenPageIdle(task: () => void, quietMilliseconds: number): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined' || prefersSavingData())
    return () => undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let idleRequest: number | undefined;

  const cancelIdleRequest = (): void => {
    if (idleRequest !== undefined && typeof cancelIdleCallback === 'function')
      cancelIdleCallback(idleRequest);
    idleRequest = undefined;
  };
  const stop = (): void => {
    clearTimeout(quietTimer);
    cancelIdleRequest();
    stopListening();
    document.removeEventListener('visibilitychange', restart);
  };
  const run = (): void => {
    idleRequest = undefined;
    if (document.visibilityState !== 'visible') return;
    stop();
    task();
  };
  const whenQuiet = (): void => {
    if (document.visibilityState !== 'visible') return;
    if (typeof requestIdleCallback === 'function')
      idleRequest = requestIdleCallback(run, { timeout: idlePeriodWaitMilliseconds });
    else run();
  };
  function restart(): void {
    clearTimeout(quietTimer);
    cancelIdleRequest();
    quietTimer = setTimeout(whenQuiet, quietMilliseconds);
  }

  const stopListening = listenForActivity(restart);
  // Hidden, the page waits; shown again, it waits its quiet time again.
  document.addEventListener('visibilitychange', restart);
  restart();
  return stop;
}
