import { flushSync } from 'react-dom';

const waiting = new Set<() => void>();
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const [next] = waiting;
  if (next === undefined) return;
  waiting.delete(next);
  // Rendering here, not in a later batch, keeps each editor's mount in a task of its own.
  flushSync(next);
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/**
 * Mounting a Tiptap editor on a long text takes up to about 100 ms. Editors that come near the
 * viewport together (opening a section, switching reports) mount one per task, so no task runs
 * past the 200 ms budget and the page paints and takes input between them. Returns a cancel.
 */
export function queueEditorMount(mount: () => void): () => void {
  waiting.add(mount);
  schedule();
  return () => {
    waiting.delete(mount);
  };
}
