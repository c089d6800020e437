import { flushPendingEdits } from '@/store/pendingEdits';
import type { UiStore } from '@/store/uiStore';

/**
 * Prints the report as it is now: loads the print view (reporting a failed load as a failed
 * export) and asks for it; the view opens the print dialog once its figures are drawn.
 */
export async function startPrint(ui: UiStore): Promise<void> {
  if (ui.getState().exportProgress !== undefined) return;
  flushPendingEdits();
  ui.getState().setExportProgress('Laying out the pages…');
  try {
    await import('./PrintView');
    ui.getState().requestPrint();
  } catch (error) {
    ui.getState().setExportProgress(undefined);
    ui.getState().addNotice({
      kind: 'export-failed',
      problem: error instanceof Error ? error.message : String(error),
    });
  }
}
