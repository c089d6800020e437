import { useAppServices, useUiSelector } from '@/app/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { useMenu } from './useMenu';

type ExportFormat = 'markdown' | 'docx' | 'json';

const formats: readonly { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Markdown (.md)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'json', label: 'JSON (.json)' },
];

export function ExportMenu() {
  const { session, ui } = useAppServices();
  const progress = useUiSelector((state) => state.exportProgress);
  const { open, setOpen, close, buttonRef, menuRef, onMenuKeyDown } = useMenu();
  const exportAs = async (format: ExportFormat): Promise<void> => {
    close();
    flushPendingEdits();
    const report = session.store.getState().document.report;
    ui.getState().setExportProgress('Preparing…');
    try {
      // Exporters (docx, mdast) load only on the first export.
      const { exportReport } = await import('@/files/exportReport');
      await exportReport(format, report, (stage) => ui.getState().setExportProgress(stage));
    } catch (error) {
      ui.getState().addNotice({
        kind: 'export-failed',
        problem: error instanceof Error ? error.message : String(error),
      });
    } finally {
      ui.getState().setExportProgress(undefined);
    }
  };
  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button primary"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        disabled={progress !== undefined}
      >
        Export
      </button>
      {progress === undefined ? null : (
        <span className="export-progress" role="status">
          {progress}
        </span>
      )}
      {open ? (
        <div
          ref={menuRef}
          className="menu"
          role="menu"
          tabIndex={-1}
          aria-label="Export"
          onKeyDown={onMenuKeyDown}
        >
          {formats.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="menu-item"
              tabIndex={-1}
              onClick={() => void exportAs(format)}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
