import { serializeReport } from '@/export/serializeReport';
import { downloadText } from '@/platform/downloadText';
import { useAppServices, useUiSelector } from '@/app/AppContext';

/** Banners about storage (an unreadable saved draft, a change in another tab, a failed save), a failed export and a finished import. */
export function Notices() {
  const { session, ui } = useAppServices();
  const notices = useUiSelector((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'unreadable-draft':
            return (
              <div key={notice.kind} className="notice notice--warning" role="alert">
                <p>
                  A report saved in this browser could not be read ({notice.problem}). It has been
                  kept exactly as it was; a new report was opened instead.
                </p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() =>
                    downloadText(
                      JSON.stringify(notice.raw, null, 2),
                      `unreadable-report-${notice.reportId}.json`,
                    )
                  }
                >
                  Download the unreadable draft
                </button>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => ui.getState().dismissNotice(notice.kind)}
                >
                  Dismiss
                </button>
              </div>
            );
          case 'changed-elsewhere':
            return (
              <div key={notice.kind} className="notice notice--warning" role="alert">
                <p>
                  This report was changed in another tab, in fields you changed here too. Your
                  changes here are not saved until you choose. Keeping yours saves the other tab’s
                  version as a separate report.
                </p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => void session.useOtherVersion()}
                >
                  Load the other tab’s version
                </button>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => void session.keepThisVersion()}
                >
                  Keep this version
                </button>
              </div>
            );
          case 'deleted-elsewhere':
            return (
              <div key={notice.kind} className="notice notice--warning" role="alert">
                <p>
                  This report was deleted in another tab. Your changes here are not saved until you
                  choose to keep it.
                </p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => void session.keepDeletedReport()}
                >
                  Keep this report
                </button>
              </div>
            );
          case 'recovered':
          case 'replaced-elsewhere':
            return (
              <div key={notice.kind} className="notice notice--info" role="status">
                <p>{notice.text}</p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => ui.getState().dismissNotice(notice.kind)}
                >
                  Dismiss
                </button>
              </div>
            );
          case 'imported':
            return (
              <div key={notice.kind} className="notice notice--info" role="status">
                <p>Imported “{notice.title}”.</p>
                <button type="button" className="toolbar-button" onClick={notice.undo}>
                  Undo
                </button>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => ui.getState().dismissNotice(notice.kind)}
                >
                  Dismiss
                </button>
              </div>
            );
          case 'export-failed':
            return (
              <div key={notice.kind} className="notice notice--error" role="alert">
                <p>The export failed ({notice.problem}). Your report is unchanged; try again.</p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() => ui.getState().dismissNotice(notice.kind)}
                >
                  Dismiss
                </button>
              </div>
            );
          case 'storage-failed':
            return (
              <div key={notice.kind} className="notice notice--error" role="alert">
                <p>
                  Not saved in this browser ({notice.problem}). Nothing is lost while this tab stays
                  open; saving is retried automatically.
                </p>
                <button
                  type="button"
                  className="toolbar-button"
                  onClick={() =>
                    downloadText(
                      serializeReport(
                        session.store.getState().document.report,
                        new Date().toISOString(),
                      ),
                      'report-backup.json',
                    )
                  }
                >
                  Download a JSON backup
                </button>
              </div>
            );
        }
      })}
    </div>
  );
}
