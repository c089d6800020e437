import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { readReportWithHeldText } from '@/store/pendingEdits';
import { createReportStore } from '@/store/reportStore';
import { holdTitleText } from '../../support/holdTitleText';

describe('readReportWithHeldText', () => {
  it('gives the report with the text a field still holds, as the user sees it', () => {
    const store = createReportStore({
      now: () => 0,
      initialDocument: { report: createEmptyReport('report-1') },
    });
    const unregister = holdTitleText(store, 'Typed but not yet committed');
    try {
      expect(store.getState().document.report.titlePage.title).toBe('');
      expect(readReportWithHeldText(store).titlePage.title).toBe('Typed but not yet committed');
    } finally {
      unregister();
    }
  });
});
