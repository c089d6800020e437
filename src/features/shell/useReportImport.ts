import { useState } from 'react';
import { isReportBlank } from '@/model/isReportBlank';
import type { Report } from '@/model/reportSchema';
import { useAppServices } from '@/context/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { replaceWithUndo } from '@/session/replaceWithUndo';
import type { ConfirmRequest } from './ConfirmDialog';

/** Import and Load example share this: ask before replacing content, and keep the old content undoable. */
export function useReportReplacement() {
  const { session, ui } = useAppServices();
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | undefined>(undefined);

  const replaceWith = (
    report: Report,
    what: string,
    replace = () => session.replaceContent(report),
  ): void => {
    flushPendingEdits();
    const current = session.store.getState().document.report;
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
    const { readReportFile } = await import('@/files/readReportFile');
    const result = await readReportFile(file);
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
        () => session.replaceContent(result.report),
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
    loadExample,
  };
}
