import { useEffect } from 'react';
import type { UiStore } from '@/store/uiStore';
import { startPrint } from './startPrint';

/**
 * Ctrl/Cmd+P prints the report, as Export → PDF (print) does, rather than the form around it.
 */
export function usePrintShortcut(ui: UiStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      void startPrint(ui);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [ui]);
}
