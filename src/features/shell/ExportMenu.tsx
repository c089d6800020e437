import { lazy, Suspense, useEffect, useState } from 'react';
import { MenuItem } from '@/components/MenuItem';
import { useAppServices, useUiSelector } from '@/context/AppContext';
import { flushPendingEdits, readReportWithHeldText } from '@/store/pendingEdits';
import { issuesToVisit } from '@/model/issuesToVisit';
import { startPrint } from '@/features/print/startPrint';
import { startExportWorkerAhead, warmExportWorkerWhenIdle } from '@/files/exportWorkerStart';
import type { Report } from '@/model/reportSchema';
import type { ModelCardExportRequest } from './ModelCardExportDialog';
import { useGoToField } from './useGoToField';
import { useMenu } from './useMenu';
import type * as exportReportModule from '@/files/exportReport';

// Each dialog loads when its menu item is first chosen.
const FinalExportDialog = lazy(() => import('./FinalExportDialog'));
const ModelCardExportDialog = lazy(() => import('./ModelCardExportDialog'));
const ReproductionKitExportDialog = lazy(() => import('./ReproductionKitExportDialog'));

type ExportFormat = 'markdown' | 'markdown-zip' | 'docx' | 'docx-comments' | 'pdf' | 'json';
type MenuChoice = ExportFormat | 'model-card' | 'reproduction-kit';

const formats: readonly { format: MenuChoice; label: string }[] = [
  { format: 'markdown', label: 'Markdown (.md)' },
  { format: 'markdown-zip', label: 'Markdown + figures (.zip)' },
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'docx-comments', label: 'Word with comments (.docx)' },
  { format: 'pdf', label: 'PDF (print)' },
  { format: 'model-card', label: 'Hugging Face model card (README.md)' },
  { format: 'reproduction-kit', label: 'Reproduction kit (.zip)' },
  { format: 'json', label: 'JSON (.json)' },
];

const exportLabels: Record<
  ExportFormat | 'model-card' | 'model-card-zip' | 'reproduction-kit',
  string
> = {
  markdown: 'Markdown (.md)',
  'markdown-zip': 'Markdown + figures (.zip)',
  docx: 'Word (.docx)',
  'docx-comments': 'Word with comments (.docx)',
  pdf: 'PDF (print)',
  json: 'JSON (.json)',
  'model-card': 'Hugging Face model card (README.md)',
  'model-card-zip': 'Hugging Face model card with figures (.zip)',
  'reproduction-kit': 'Reproduction kit (.zip)',
};

const formatNames: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  'markdown-zip': 'Markdown + figures',
  docx: 'Word',
  'docx-comments': 'Word with comments',
  pdf: 'PDF',
  json: 'JSON',
};

type ExportModule = typeof exportReportModule;
let exportModule: Promise<ExportModule> | undefined;

/**
 * One import for the menu's opening and the format picked. Awaiting a settled promise resumes in
 * a microtask; a second import() of a loaded module resumes in a task of its own, behind the tasks
 * queued meanwhile (the Markdown figures drawn ahead, a few hundred milliseconds on a first export).
 */
function loadExportModule(): Promise<ExportModule> {
  exportModule ??= import('@/files/exportReport').catch((error: unknown) => {
    // A failed fetch (offline) is tried again by the next export.
    exportModule = undefined;
    throw error;
  });
  return exportModule;
}

export function ExportMenu() {
  const { session, ui, analysis } = useAppServices();
  const goToField = useGoToField();
  const progress = useUiSelector((state) => state.exportProgress);
  const { open, setOpen, close, buttonRef, menuRef, onMenuKeyDown } = useMenu();
  const [finalCheck, setFinalCheck] = useState<ExportFormat | undefined>(undefined);
  const [modelCardReport, setModelCardReport] = useState<Report | undefined>(undefined);
  const [kitReport, setKitReport] = useState<Report | undefined>(undefined);
  useEffect(warmExportWorkerWhenIdle, []);

  const exportAs = async (
    format: ExportFormat | 'model-card' | 'model-card-zip' | 'reproduction-kit',
    modelId?: string,
  ): Promise<void> => {
    const report = readReportWithHeldText(session.store);
    // Kept once the file is out: hashing and storing the snapshot would slow the export itself.
    const keepSnapshot = (): void => {
      void session.versions
        .snapshot(`Exported as ${exportLabels[format]}`, report)
        .catch(() => undefined);
    };
    if (format === 'pdf') {
      keepSnapshot();
      await startPrint(ui);
      return;
    }
    ui.getState().setExportProgress('Preparing…');
    try {
      // Exporters (docx, mdast) load only on the first export.
      const { exportReport } = await loadExportModule();
      const includeComments = format === 'docx-comments';
      await exportReport(
        includeComments ? 'docx' : format,
        report,
        (stage) => ui.getState().setExportProgress(stage),
        { modelId, includeComments },
      );
    } catch (error) {
      ui.getState().addNotice({
        kind: 'export-failed',
        problem: error instanceof Error ? error.message : String(error),
      });
    } finally {
      ui.getState().setExportProgress(undefined);
      keepSnapshot();
    }
  };

  // Drafts export straight away; a final report first lists what is still open.
  const choose = (format: MenuChoice): void => {
    close();
    flushPendingEdits();
    // The card's dialog lists what the card leaves out itself.
    if (format === 'model-card') {
      setModelCardReport(session.store.getState().document.report);
      return;
    }
    // So does the kit's, with what the report lacks for an exact rerun.
    if (format === 'reproduction-kit') {
      setKitReport(session.store.getState().document.report);
      return;
    }
    if (session.store.getState().document.report.titlePage.status !== 'final') {
      void exportAs(format);
      return;
    }
    void analysis
      .getState()
      .current()
      .then(
        (current) => {
          if (issuesToVisit(current.issues).length > 0) setFinalCheck(format);
          else void exportAs(format);
        },
        // The checks' code could not load: say so rather than export a final report unchecked.
        (error: unknown) =>
          ui.getState().addNotice({
            kind: 'export-failed',
            problem: `the report could not be checked before export: ${error instanceof Error ? error.message : String(error)}`,
          }),
      );
  };

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button primary"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          // The exporter and its worker load, and get the report, while the user picks a format.
          // The worker starts now, not once the exporter's code is in: it has more to load.
          if (!open) {
            startExportWorkerAhead();
            void loadExportModule().then(
              (module) => module.prepareExport(session.store.getState().document.report),
              () => undefined,
            );
          }
          setOpen(!open);
        }}
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
            <MenuItem key={format} onClick={() => choose(format)}>
              {label}
            </MenuItem>
          ))}
        </div>
      ) : null}
      {finalCheck === undefined ? null : (
        <Suspense fallback={null}>
          <FinalExportDialog
            formatLabel={formatNames[finalCheck]}
            onExportAnyway={() => {
              setFinalCheck(undefined);
              void exportAs(finalCheck);
            }}
            onGoToField={(path) => {
              setFinalCheck(undefined);
              goToField(path);
            }}
            onCancel={() => setFinalCheck(undefined)}
          />
        </Suspense>
      )}
      {modelCardReport === undefined ? null : (
        <Suspense fallback={null}>
          <ModelCardExportDialog
            report={modelCardReport}
            onExport={({ modelId, withFigures }: ModelCardExportRequest) => {
              setModelCardReport(undefined);
              void exportAs(withFigures ? 'model-card-zip' : 'model-card', modelId);
            }}
            onCancel={() => setModelCardReport(undefined)}
          />
        </Suspense>
      )}
      {kitReport === undefined ? null : (
        <Suspense fallback={null}>
          <ReproductionKitExportDialog
            report={kitReport}
            onExport={() => {
              setKitReport(undefined);
              void exportAs('reproduction-kit');
            }}
            onGoToField={(path) => {
              setKitReport(undefined);
              goToField(path);
            }}
            onCancel={() => setKitReport(undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
