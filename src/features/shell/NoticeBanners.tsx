import { Fragment, type ReactNode } from 'react';
import { serializeReport } from '@/export/serializeReport';
import { downloadText } from '@/platform/downloadText';
import { useAppServices } from '@/context/AppContext';
import type { Notice } from '@/store/uiStore';

interface NoticeAction {
  label: string;
  run: () => void;
}

/** One banner: what happened, and what the user can do about it. */
function NoticeBanner({
  tone,
  children,
  actions,
}: {
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  actions: readonly NoticeAction[];
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <p>{children}</p>
      {actions.map((action) => (
        <button key={action.label} type="button" className="toolbar-button" onClick={action.run}>
          {action.label}
        </button>
      ))}
    </div>
  );
}

/** Each notice as a banner, with what the user can do about it. */
export default function NoticeBanners({ notices }: { notices: readonly Notice[] }) {
  const { session, ui } = useAppServices();
  const dismiss = (kind: Notice['kind']): NoticeAction => ({
    label: 'Dismiss',
    run: () => ui.getState().dismissNotice(kind),
  });
  const banner = (notice: Notice) => {
    switch (notice.kind) {
      case 'unreadable-draft':
        return (
          <NoticeBanner
            tone="warning"
            actions={[
              {
                label: 'Download the unreadable draft',
                run: () =>
                  downloadText(
                    JSON.stringify(notice.raw, null, 2),
                    `unreadable-report-${notice.reportId}.json`,
                  ),
              },
              dismiss(notice.kind),
            ]}
          >
            A report saved in this browser could not be read ({notice.problem}). It has been kept
            exactly as it was; a new report was opened instead.
          </NoticeBanner>
        );
      case 'changed-elsewhere':
        return (
          <NoticeBanner
            tone="warning"
            actions={[
              { label: 'Load the other tab’s version', run: () => void session.useOtherVersion() },
              { label: 'Keep this version', run: () => void session.keepThisVersion() },
            ]}
          >
            This report was changed in another tab, in fields you changed here too. Your changes
            here are not saved until you choose. Keeping yours saves the other tab’s version as a
            separate report.
          </NoticeBanner>
        );
      case 'deleted-elsewhere':
        return (
          <NoticeBanner
            tone="warning"
            actions={[{ label: 'Keep this report', run: () => void session.keepDeletedReport() }]}
          >
            This report was deleted in another tab. Your changes here are not saved until you choose
            to keep it.
          </NoticeBanner>
        );
      case 'recovered':
      case 'replaced-elsewhere':
      case 'shared-opened':
      case 'version-saved':
        return (
          <NoticeBanner tone="info" actions={[dismiss(notice.kind)]}>
            {notice.text}
          </NoticeBanner>
        );
      case 'imported':
        return (
          <NoticeBanner
            tone="info"
            actions={[{ label: 'Undo', run: notice.undo }, dismiss(notice.kind)]}
          >
            Imported “{notice.title}”.
          </NoticeBanner>
        );
      case 'version-restored':
        return (
          <NoticeBanner
            tone="info"
            actions={[{ label: 'Undo', run: notice.undo }, dismiss(notice.kind)]}
          >
            Restored the version “{notice.name}”. The version you left is kept in History.
          </NoticeBanner>
        );
      case 'export-failed':
        return (
          <NoticeBanner tone="error" actions={[dismiss(notice.kind)]}>
            The export failed ({notice.problem}). Your report is unchanged; try again.
          </NoticeBanner>
        );
      case 'storage-failed':
        return (
          <NoticeBanner
            tone="error"
            actions={[
              {
                label: 'Download a JSON backup',
                run: () =>
                  downloadText(
                    serializeReport(
                      session.store.getState().document.report,
                      new Date().toISOString(),
                    ),
                    'report-backup.json',
                  ),
              },
            ]}
          >
            Not saved in this browser ({notice.problem}). Nothing is lost while this tab stays open;
            saving is retried automatically.
          </NoticeBanner>
        );
    }
  };
  return (
    <div className="notices">
      {notices.map((notice) => (
        <Fragment key={notice.kind}>{banner(notice)}</Fragment>
      ))}
    </div>
  );
}
