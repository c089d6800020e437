/**
 * Editors that sync to the store after a pause register a flush here, so undo, export and page hide
 * first take in what was just typed.
 */
const flushes = new Set<() => void>();

export function registerPendingEdit(flush: () => void): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

export function flushPendingEdits(): void {
  for (const flush of flushes) flush();
}
