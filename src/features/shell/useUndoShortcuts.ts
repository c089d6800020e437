import { useEffect } from 'react';
import type { ReportStore } from '@/store/reportStore';
import { flushPendingEdits } from '@/store/pendingEdits';

/** Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) undo and redo document changes everywhere. */
export function useUndoShortcuts(store: ReportStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      event.preventDefault();
      flushPendingEdits();
      if (isUndo) store.getState().undo();
      else store.getState().redo();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store]);
}
