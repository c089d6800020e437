/** Frames are not drawn in a hidden tab: the work must not wait for the tab to come back. */
const hiddenTabFallbackMilliseconds = 100;

/**
 * Runs `callback` once, in a task after the next frame is drawn: what a key shows is painted
 * first, and the work it causes elsewhere on the page follows. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(fallback);
  };
  const run = (): void => {
    cancel();
    callback();
  };
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, hiddenTabFallbackMilliseconds);
  return cancel;
}
