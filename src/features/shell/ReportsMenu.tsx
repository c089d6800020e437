import { lazy, Suspense, useState } from 'react';
import { MenuItem } from '@/components/MenuItem';
import { useAppServices, useReportSelector, useUiSelector } from '@/context/AppContext';
import type { StoredReportSummary } from '@/storage/reportDatabase';
import { useMenu } from './useMenu';

// What the menu's items open, and where reports are kept, load on use.
const RenameReportDialog = lazy(() => import('./RenameReportDialog'));
const DeleteReportDialog = lazy(() => import('./DeleteReportDialog'));
const StorageInfo = lazy(() => import('./StorageInfo'));

interface ChosenReport {
  summary: StoredReportSummary;
  title: string;
}

export function ReportsMenu() {
  const { session } = useAppServices();
  const reports = useUiSelector((state) => state.reports);
  const openId = useReportSelector((state) => state.document.report.id);
  const { open, setOpen, close, buttonRef, menuRef, onMenuKeyDown } = useMenu();
  const [renaming, setRenaming] = useState<ChosenReport | undefined>(undefined);
  const [deleting, setDeleting] = useState<ChosenReport | undefined>(undefined);
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
                <MenuItem
                  className="report-entry-open"
                  aria-current={isOpen ? 'true' : undefined}
                  onClick={() => run(() => session.openReport(summary.id))}
                >
                  <span className="report-entry-title">{title}</span>
                  <span className="report-entry-date">
                    {isOpen ? 'Open now · ' : ''}saved{' '}
                    {new Date(summary.updatedAt).toLocaleString()}
                  </span>
                </MenuItem>
                <MenuItem
                  className="menu-item--small"
                  aria-label={`Rename ${title}`}
                  onClick={() => {
                    close();
                    setRenaming({ summary, title });
                  }}
                >
                  Rename
                </MenuItem>
                <MenuItem
                  className="menu-item--small"
                  aria-label={`Duplicate ${title}`}
                  onClick={() => run(() => session.duplicateReport(summary.id))}
                >
                  Duplicate
                </MenuItem>
                <MenuItem
                  className="menu-item--small danger"
                  aria-label={`Delete ${title}`}
                  onClick={() => {
                    close();
                    setDeleting({ summary, title });
                  }}
                >
                  Delete
                </MenuItem>
              </div>
            );
          })}
          <Suspense fallback={null}>
            <StorageInfo />
          </Suspense>
        </div>
      ) : null}
      {renaming === undefined ? null : (
        <Suspense fallback={null}>
          <RenameReportDialog {...renaming} onClose={() => setRenaming(undefined)} />
        </Suspense>
      )}
      {deleting === undefined ? null : (
        <Suspense fallback={null}>
          <DeleteReportDialog {...deleting} onClose={() => setDeleting(undefined)} />
        </Suspense>
      )}
    </div>
  );
}
