import * as Y from 'yjs';
import { applyReportToLiveDocument, createLiveReportReader } from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { flushPendingEdits } from '@/store/pendingEdits';
import type { ReportStore } from '@/store/reportStore';
import { keepUnchangedValues } from '@/model/changes/keepUnchangedValues';

export interface LiveReportBindingOptions {
  store: ReportStore;
  document: Y.Doc;
  /** The origin of this user's transactions made from the store. */
  localOrigin: object;
  /** Other origins of this user's own edits (the rich-text editors' sync), undone like theirs. */
  otherLocalOrigins?: readonly unknown[];
  /** A change from the room that is not a valid report (undefined: the last one was fine). */
  onProblem: (problem: string | undefined) => void;
  /** The store opened another report: the binding has stopped itself. */
  onReportLeft?: () => void;
}

export interface LiveReportBinding {
  undoManager: Y.UndoManager;
  destroy: () => void;
}

function describeRefusal(message: string, details: readonly string[]): string {
  const where = details.length === 0 ? '' : ` ${details.slice(0, 3).join('; ')}`;
  return `A change from the live room was not taken, so the report keeps its last valid state: ${message}${where}`;
}

/**
 * Keeps the report store and the live document equal. The store's changes go into the document as
 * the local origin; the document's other changes (other people, undo, the editors) are read back,
 * checked like any loaded report, and shown without an undo step of this user's. The store's
 * report keeps its own id when the room's differs (a joiner whose browser had the id already).
 */
export function bindReportStoreToLiveDocument({
  store,
  document,
  localOrigin,
  otherLocalOrigins = [],
  onProblem,
  onReportLeft,
}: LiveReportBindingOptions): LiveReportBinding {
  const storeId = store.getState().document.report.id;
  const reader = createLiveReportReader(document);
  const first = reader.read();
  const roomId = first.ok ? first.report.id : storeId;
  const toRoom = (report: Report): Report =>
    report.id === roomId ? report : { ...report, id: roomId };

  let applyingRemote = false;
  let problem: string | undefined;
  const setProblem = (next: string | undefined): void => {
    if (next === problem) return;
    problem = next;
    onProblem(next);
  };

  const takeRoomContent = (): void => {
    const read = reader.read();
    if (!read.ok) {
      setProblem(describeRefusal(read.message, read.details));
      return;
    }
    setProblem(undefined);
    const current = store.getState().document.report;
    if (current.id !== storeId) return;
    const next = keepUnchangedValues(current, { ...read.report, id: storeId });
    // From now on the room's unchanged parts read as the store's own objects.
    reader.settle(toRoom(next));
    if (next === current) return;
    applyingRemote = true;
    try {
      store.getState().applyRemoteDocument({ report: next });
    } finally {
      applyingRemote = false;
    }
    // Text a field holds goes in now, onto the room's content: committed before, it would have
    // gone into the room with the rest of a store that had not taken the room's change yet.
    flushPendingEdits();
  };

  const onAfterTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === localOrigin) return;
    if (transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) return;
    takeRoomContent();
  };

  let stopped = false;
  const unsubscribeStore = store.subscribe((state, previous) => {
    if (applyingRemote || state.document === previous.document) return;
    const { report } = state.document;
    if (report.id !== storeId) {
      destroy();
      onReportLeft?.();
      return;
    }
    const shared = toRoom(report);
    applyReportToLiveDocument(document, shared, localOrigin);
    reader.settle(shared);
  });
  document.on('afterTransaction', onAfterTransaction);

  // The whole document is the report; whose change it was is what the origins say.
  const undoManager = new Y.UndoManager(document, {
    trackedOrigins: new Set<unknown>([localOrigin, ...otherLocalOrigins]),
    captureTimeout: 500,
  });
  const publishHistory = (): void =>
    store.getState().setDelegatedHistory({
      canUndo: undoManager.canUndo(),
      canRedo: undoManager.canRedo(),
    });
  store.getState().delegateHistory({
    undo: () => undoManager.undo(),
    redo: () => undoManager.redo(),
  });
  undoManager.on('stack-item-added', publishHistory);
  undoManager.on('stack-item-popped', publishHistory);
  undoManager.on('stack-cleared', publishHistory);

  // What arrived between reading the room and binding to it.
  if (first.ok) takeRoomContent();
  else setProblem(describeRefusal(first.message, first.details));

  function destroy(): void {
    if (stopped) return;
    stopped = true;
    unsubscribeStore();
    document.off('afterTransaction', onAfterTransaction);
    undoManager.destroy();
    store.getState().delegateHistory(undefined);
  }

  return { undoManager, destroy };
}
