import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { readReportWithHeldText, registerPendingEdit } from '@/store/pendingEdits';
import { createReportStore } from '@/store/reportStore';

describe('readReportWithHeldText', () => {
  it('gives the report with the text a field still holds, as the user sees it', () => {
    const store = createReportStore({
      now: () => 0,
      initialDocument: { report: createEmptyReport('report-1') },
    });
    let held: string | undefined = 'Typed but not yet committed';
    const unregister = registerPendingEdit({
      flush: () => {
        if (held === undefined) return;
        store.getState().setFieldValue('titlePage.title', held);
        held = undefined;
      },
      isPending: () => held !== undefined,
    });
    try {
      expect(store.getState().document.report.titlePage.title).toBe('');
      expect(readReportWithHeldText(store).titlePage.title).toBe('Typed but not yet committed');
    } finally {
      unregister();
    }
  });
});
