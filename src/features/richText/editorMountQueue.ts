import { flushSync } from 'react-dom';

/** How long after the last click or key an editor may mount: the stand-in takes keys meanwhile. */
export const typingPauseMilliseconds = 300;

const waiting = new Set<() => void>();
let scheduled = false;
let lastActivityAt = Number.NEGATIVE_INFINITY;
let listening = false;

function noteActivity(): void {
  lastActivityAt = performance.now();
}

/** Clicks and keys anywhere in the page, seen before any handler can stop them. */
function listenForActivity(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  for (const type of ['pointerdown', 'keydown', 'input'])
    document.addEventListener(type, noteActivity, { capture: true, passive: true });
}

// From the start, not from the first queued mount: the editor's code often arrives, and queues
// its mounts, just after the click that asked for it and before the key that follows.
listenForActivity();

function runNext(): void {
  scheduled = false;
  const [next] = waiting;
  if (next === undefined) return;
  const sinceActivity = performance.now() - lastActivityAt;
  // A mount is one long task (up to 100 ms, 400 ms on a slow machine): never between a click and
  // the keys that follow it.
  if (sinceActivity < typingPauseMilliseconds) {
    schedule(typingPauseMilliseconds - sinceActivity);
    return;
  }
  waiting.delete(next);
  // Rendering here, not in a later batch, keeps each editor's mount in a task of its own.
  flushSync(next);
  if (waiting.size > 0) schedule(0);
}

function schedule(delayMilliseconds: number): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, delayMilliseconds);
}

/**
 * Mounting a Tiptap editor on a long text takes up to about 100 ms. Editors mount one per task,
 * so no task runs past the 200 ms budget and the page paints and takes input between them, and
 * only once the person has paused for `typingPauseMilliseconds`. Returns a cancel.
 */
export function queueEditorMount(mount: () => void): () => void {
  waiting.add(mount);
  schedule(0);
  return () => {
    waiting.delete(mount);
  };
}
