import { isReportBlank } from '@/model/isReportBlank';
import { decodeShareFragment } from '@/model/shareLink/decodeShareFragment';
import type { Report } from '@/model/reportSchema';
import { clearLocationFragment, readLocationFragment } from '@/platform/locationFragment';
import type { ReportSession } from '@/session/reportSession';
import { readReportWithHeldText } from '@/store/pendingEdits';
import type { UiStore } from '@/store/uiStore';
import type { ConfirmRequest } from './ConfirmDialog';

function titleOf(report: Report): string {
  const title = report.titlePage.title.trim();
  return title === '' ? 'Untitled report' : title;
}

/**
 * Opens the report of a share link (`#r=…`) in the address as a new report, asking first
 * (`ask`) unless the open report is blank, and clears the fragment either way. A link that does
 * not decode is refused in the same dialog as a refused file, and nothing else changes.
 */
export function openShareLinkInAddress({
  session,
  ui,
  ask,
}: {
  session: ReportSession;
  ui: UiStore;
  ask: (request: ConfirmRequest) => void;
}): void {
  const fragment = readLocationFragment();
  // Cleared at once: StrictMode and a hash change may ask twice for one link.
  if (!fragment.startsWith('#r=')) return;
  clearLocationFragment();
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok) {
    ui.getState().setRefusedImport({
      fileName: 'share link',
      title: 'The share link was not opened',
      message: decoded.message,
      details: decoded.details,
    });
    return;
  }
  const shared = decoded.report;
  const open = (): void => {
    void session.openAsNewReport(shared).then(() =>
      ui.getState().addNotice({
        kind: 'shared-opened',
        text: `Opened the shared report “${titleOf(shared)}” as a new report.`,
      }),
    );
  };
  const current = readReportWithHeldText(session.store);
  if (isReportBlank(current)) {
    open();
    return;
  }
  ask({
    title: `Open the shared report “${titleOf(shared)}”?`,
    message: `It opens as a new report. “${titleOf(current)}” is not replaced: it stays in Reports.`,
    confirmLabel: 'Open shared report',
    onConfirm: open,
  });
}
