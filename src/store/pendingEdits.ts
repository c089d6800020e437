import type { Report } from '@/model/reportSchema';

/**
 * Fields that hold typed text for a pause before it reaches the store (rich text, long text, metric
 * cells) register here. Undo, export, switches and every save take that text in first, and the
 * autosave counts it as unsaved from its first key, so "Saved" is never shown while a field holds
 * text that storage lacks.
 */
export interface PendingEdit {
  /** Commits the held text to the store, if there is any. */
  flush: () => void;
  /** True while the field holds text the store does not have yet. */
  isPending: () => boolean;
}

const edits = new Set<PendingEdit>();
const listeners = new Set<() => void>();
let firstHeldKeyAt: number | undefined;

export function registerPendingEdit(edit: PendingEdit): () => void {
  edits.add(edit);
  return () => {
    edits.delete(edit);
  };
}

export function flushPendingEdits(): void {
  for (const edit of edits) edit.flush();
}

/**
 * The report as the user sees it: held text first committed. Whatever leaves the open report (an
 * export, a link, a version, a merge) reads it through here.
 */
export function readReportWithHeldText(store: {
  getState: () => { document: { report: Report } };
}): Report {
  flushPendingEdits();
  return store.getState().document.report;
}

export function hasPendingEdits(): boolean {
  for (const edit of edits) if (edit.isPending()) return true;
  return false;
}

/** A held field changed: what it holds is now unsaved. Called on every key, so it stays cheap. */
export function announcePendingEdit(): void {
  firstHeldKeyAt ??= Date.now();
  for (const listener of listeners) listener();
}

/**
 * When the first key of the text now being committed was typed, and forgets it. A save takes held
 * text in while the user is still typing; the undo step must follow the user's pauses, not ours.
 */
export function takeFirstHeldKeyTime(): number | undefined {
  const time = firstHeldKeyAt;
  firstHeldKeyAt = undefined;
  return time;
}

export function onPendingEdit(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
