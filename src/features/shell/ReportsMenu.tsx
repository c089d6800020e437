import { useState } from 'react';
import { MenuItem } from '@/components/MenuItem';
import { useAppServices, useReportSelector, useUiSelector } from '@/context/AppContext';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { StorageInfo } from './StorageInfo';
import { TextPromptDialog, type TextPromptRequest } from './TextPromptDialog';
import { useMenu } from './useMenu';

export function ReportsMenu() {
  const { session } = useAppServices();
  const reports = useUiSelector((state) => state.reports);
  const openId = useReportSelector((state) => state.document.report.id);
  const { open, setOpen, close, buttonRef, menuRef, onMenuKeyDown } = useMenu();
  const [renameRequest, setRenameRequest] = useState<TextPromptRequest | undefined>(undefined);
  const [deleteRequest, setDeleteRequest] = useState<ConfirmRequest | undefined>(undefined);
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
                    setRenameRequest({
                      title: `Rename ${title}`,
                      label: 'New title',
                      initialValue: summary.title,
                      confirmLabel: 'Rename',
                      validate: (text) =>
                        text.trim() === '' ? 'Give the report a title.' : undefined,
                      onConfirm: (text) => void session.renameReport(summary.id, text.trim()),
                    });
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
                    setDeleteRequest({
                      title: `Delete ${title}?`,
                      message: `"${title}" will be deleted from this browser. This cannot be undone; export it as JSON first to keep a copy.`,
                      confirmLabel: 'Delete',
                      onConfirm: () => void session.deleteReport(summary.id),
                    });
                  }}
                >
                  Delete
                </MenuItem>
              </div>
            );
          })}
          <StorageInfo />
        </div>
      ) : null}
      {renameRequest === undefined ? null : (
        <TextPromptDialog request={renameRequest} onClose={() => setRenameRequest(undefined)} />
      )}
      {deleteRequest === undefined ? null : (
        <ConfirmDialog request={deleteRequest} onClose={() => setDeleteRequest(undefined)} />
      )}
    </div>
  );
}
