import { useRef, useState } from 'react';
import type { ReportImportStep } from '@/files/importReportFile';
import { isReportBlank } from '@/model/isReportBlank';
import type { Report } from '@/model/reportSchema';
import { useAppServices } from '@/context/AppContext';
import { readReportWithHeldText } from '@/store/pendingEdits';
import { replaceWithUndo } from '@/session/replaceWithUndo';
import type { ConfirmRequest } from './ConfirmDialog';

/** A JSON draft being imported: which file, and what is being done with it. */
export interface ImportInProgress {
  fileName: string;
  step: ReportImportStep;
}

/** Starts the import's worker while a file is being picked or dragged over the page. */
export function prepareReportImportSoon(): void {
  void import('@/files/importReportFile').then(({ prepareReportImport }) => prepareReportImport());
}

/** Import and Load example share this: ask before replacing content, and keep the old content undoable. */
export function useReportReplacement() {
  const { session, ui } = useAppServices();
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | undefined>(undefined);
  const [importing, setImporting] = useState<ImportInProgress | undefined>(undefined);
  const importController = useRef<AbortController | undefined>(undefined);

  const replaceWith = (
    report: Report,
    what: string,
    replace = () => session.replaceContent(report, `Before loading ${what}`),
  ): void => {
    const current = readReportWithHeldText(session.store);
    if (isReportBlank(current)) {
      replace();
      return;
    }
    setConfirmRequest({
      title: `Replace the open report with ${what}?`,
      message: `“${current.titlePage.title.trim() === '' ? 'Untitled report' : current.titlePage.title}” will be replaced. Undo brings it back.`,
      confirmLabel: 'Replace',
      onConfirm: replace,
    });
  };

  const importFile = async (file: File): Promise<void> => {
    importController.current?.abort();
    const controller = new AbortController();
    importController.current = controller;
    setImporting({ fileName: file.name, step: 'reading' });
    const { importReportFile } = await import('@/files/importReportFile');
    const result = await importReportFile(file, {
      onStep: (step) => {
        if (!controller.signal.aborted) setImporting({ fileName: file.name, step });
      },
      signal: controller.signal,
    });
    if (importController.current === controller) {
      importController.current = undefined;
      setImporting(undefined);
    }
    if (result === undefined) return;
    if (!result.ok) {
      ui.getState().setRefusedImport({
        fileName: file.name,
        message: result.message,
        details: result.details,
      });
      return;
    }
    const title = result.report.titlePage.title.trim();
    replaceWith(result.report, `“${file.name}”`, () => {
      const undo = replaceWithUndo(
        session.store,
        () => session.replaceContent(result.report, `Before import of “${file.name}”`),
        () => ui.getState().dismissNotice('imported'),
      );
      ui.getState().addNotice({ kind: 'imported', title: title === '' ? file.name : title, undo });
    });
  };

  const loadExample = async (): Promise<void> => {
    const { createExampleReport } = await import('@/model/createExampleReport');
    replaceWith(createExampleReport(), 'the example report');
  };

  return {
    confirmRequest,
    closeConfirm: () => setConfirmRequest(undefined),
    importFile,
    importing,
    cancelImport: () => {
      importController.current?.abort();
      importController.current = undefined;
      setImporting(undefined);
    },
    loadExample,
  };
}
