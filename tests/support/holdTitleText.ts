import { registerPendingEdit } from '@/store/pendingEdits';
import type { ReportStore } from '@/store/reportStore';

/**
 * A field that holds `text` for the title until the next flush, as a field does while a person is
 * still typing. Returns its unregister.
 */
export function holdTitleText(store: ReportStore, text: string): () => void {
  let held: string | undefined = text;
  return registerPendingEdit({
    flush: () => {
      if (held === undefined) return;
      store.getState().setFieldValue('titlePage.title', held);
      held = undefined;
    },
    isPending: () => held !== undefined,
  });
}
