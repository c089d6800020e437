import { useRef } from 'react';
import { useAppServices, useReportSelector, useUiSelector } from '@/app/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportMenu } from './ExportMenu';
import { ReportsMenu } from './ReportsMenu';
import { SaveStatus } from './SaveStatus';
import type { useReportReplacement } from './useReportImport';

export function TopBar({ replacement }: { replacement: ReturnType<typeof useReportReplacement> }) {
  const { session, ui } = useAppServices();
  const canUndo = useReportSelector((state) => state.past.length > 0);
  const canRedo = useReportSelector((state) => state.future.length > 0);
  const previewVisible = useUiSelector((state) => state.previewVisible);
  const fileInputRef = useRef<HTMLInputElement>(null);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ▤
        </span>
        <span className="brand-name">ML Report Studio</span>
      </div>
      <div className="top-bar-group" role="group" aria-label="Report">
        <ReportsMenu />
        <button type="button" className="toolbar-button" onClick={() => void session.newReport()}>
          New report
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void replacement.loadExample()}
        >
          Load example
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => fileInputRef.current?.click()}
        >
          Import
        </button>
        <input
          ref={fileInputRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) void replacement.importFile(file);
          }}
        />
        <button
          type="button"
          className="toolbar-button"
          disabled
          title="Reading training artifacts comes in a later release"
        >
          Import run files
        </button>
        <ExportMenu />
      </div>
      <div className="top-bar-group" role="group" aria-label="History">
        <button
          type="button"
          className="toolbar-button"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={() => {
            flushPendingEdits();
            session.store.getState().undo();
          }}
        >
          Undo
        </button>
        <button
          type="button"
          className="toolbar-button"
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          onClick={() => session.store.getState().redo()}
        >
          Redo
        </button>
      </div>
      <div className="top-bar-end">
        <button
          type="button"
          className="toolbar-button"
          aria-pressed={previewVisible}
          onClick={() => ui.getState().togglePreview()}
        >
          Preview
        </button>
        <SaveStatus />
      </div>
      {replacement.confirmRequest === undefined ? null : (
        <ConfirmDialog request={replacement.confirmRequest} onClose={replacement.closeConfirm} />
      )}
    </header>
  );
}
