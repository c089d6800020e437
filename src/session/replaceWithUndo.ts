import type { ReportStore } from '@/store/reportStore';

/**
 * Runs `replace` (an import into the open report) and returns its undo: one step back to the
 * content it replaced. The undo holds while the document is the one the replacement left; at the
 * first other change (an edit, Undo, another report) `onOutdated` is called, once.
 */
export function replaceWithUndo(
  store: ReportStore,
  replace: () => void,
  onOutdated: () => void,
): () => void {
  const before = store.getState().document;
  replace();
  const replaced = store.getState().document;
  if (replaced === before) return () => undefined;
  const unsubscribe = store.subscribe((state) => {
    if (state.document === replaced) return;
    unsubscribe();
    onOutdated();
  });
  return () => {
    if (store.getState().document === replaced) store.getState().undo();
  };
}
