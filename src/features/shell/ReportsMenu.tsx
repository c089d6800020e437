import { useAppServices, useReportSelector, useUiSelector } from '@/app/AppContext';
import { StorageInfo } from './StorageInfo';
import { useMenu } from './useMenu';

export function ReportsMenu() {
  const { session } = useAppServices();
  const reports = useUiSelector((state) => state.reports);
  const openId = useReportSelector((state) => state.document.report.id);
  const { open, setOpen, close, buttonRef, menuRef, onMenuKeyDown } = useMenu();
  const run = (action: () => Promise<void>): void => {
    close();
    void action();
  };
  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          void session.refreshReportList();
          setOpen(!open);
        }}
      >
        Reports
      </button>
      {open ? (
        <div
          ref={menuRef}
          className="menu menu--wide"
          role="menu"
          tabIndex={-1}
          aria-label="Reports"
          onKeyDown={onMenuKeyDown}
        >
          {reports.length === 0 ? (
            <p className="menu-note">Reports you write are kept in this browser and listed here.</p>
          ) : null}
          {reports.map((summary) => {
            const title = summary.title === '' ? 'Untitled report' : summary.title;
            const isOpen = summary.id === openId;
            return (
              <div key={summary.id} className="report-entry">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item report-entry-open"
                  aria-current={isOpen ? 'true' : undefined}
                  onClick={() => run(() => session.openReport(summary.id))}
                >
                  <span className="report-entry-title">{title}</span>
                  <span className="report-entry-date">
                    {isOpen ? 'Open now · ' : ''}saved{' '}
                    {new Date(summary.updatedAt).toLocaleString()}
                  </span>
                </button>
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item menu-item--small"
                  aria-label={`Rename ${title}`}
                  onClick={() => {
                    const next = window.prompt('New title', summary.title);
                    if (next !== null) run(() => session.renameReport(summary.id, next));
                  }}
                >
                  Rename
                </button>
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item menu-item--small"
                  aria-label={`Duplicate ${title}`}
                  onClick={() => run(() => session.duplicateReport(summary.id))}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item menu-item--small danger"
                  aria-label={`Delete ${title}`}
                  onClick={() => {
                    if (
                      window.confirm(`Delete "${title}" from this browser? This cannot be undone.`)
                    )
                      run(() => session.deleteReport(summary.id));
                  }}
                >
                  Delete
                </button>
              </div>
            );
          })}
          <StorageInfo />
        </div>
      ) : null}
    </div>
  );
}
