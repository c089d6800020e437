import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';
import { useAppServices, useUiSelector } from '@/context/AppContext';
import { SectionForm } from '@/features/sections/SectionForm';
import { SectionNav } from '@/features/sections/SectionNav';
import { CompletenessMeter } from '@/features/shell/CompletenessMeter';
import { Notices } from '@/features/shell/Notices';
import { TopBar } from '@/features/shell/TopBar';
import { preloadRichTextEditor } from '@/features/richText/RichTextField';
import { prepareReportImportSoon, useReportReplacement } from '@/features/shell/useReportImport';
import { useUndoShortcuts } from '@/features/shell/useUndoShortcuts';
import { useShareLinkOpening } from '@/features/shell/useShareLinkOpening';
import { usePrintShortcut } from '@/features/print/usePrintShortcut';
import { useRunImport } from '@/features/runImport/useRunImport';
import { isMarkdownFileName } from '@/features/shell/isMarkdownFileName';
import type { PickedFile } from '@/files/readRunFiles';

const ReportPreview = lazy(() => import('@/features/preview/ReportPreview'));
const PrintView = lazy(() => import('@/features/print/PrintView'));
const RefusedImportDialog = lazy(() => import('@/features/shell/RefusedImportDialog'));

/** Why an import was refused, in a dialog whose code loads with the first refusal. */
function RefusedImport() {
  const { ui } = useAppServices();
  const refused = useUiSelector((state) => state.refusedImport);
  return refused === undefined ? null : (
    <Suspense fallback={null}>
      <RefusedImportDialog
        refused={refused}
        onClose={() => ui.getState().setRefusedImport(undefined)}
      />
    </Suspense>
  );
}

/** A single JSON file that says it is a report draft is a draft; anything else is run files. */
async function isReportDraft(picked: readonly PickedFile[]): Promise<boolean> {
  const only = picked[0];
  if (picked.length !== 1 || only === undefined || !/\.json$/iu.test(only.path)) return false;
  const start = await only.file.slice(0, 4096).text();
  return /"format"\s*:\s*"ml-report"/u.test(start);
}

function useFileDrop(onFiles: (picked: PickedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onDroppedFiles = useEffectEvent(onFiles);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes('Files') === true;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      if (depth === 0) prepareReportImportSoon();
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent): void => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event) || event.dataTransfer === null) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const { items, files } = event.dataTransfer;
      const flat = [...files].map((file) => ({ path: file.name, file }));
      // Folders only come through entries; read them before the drop event's data goes away.
      const hasEntries = items.length > 0 && typeof items[0]?.webkitGetAsEntry === 'function';
      if (!hasEntries) {
        onDroppedFiles(flat);
        return;
      }
      void import('@/files/readRunFiles')
        .then(({ collectDroppedFiles }) => collectDroppedFiles(items))
        .then((picked) => onDroppedFiles(picked.length > 0 ? picked : flat))
        .catch(() => onDroppedFiles(flat));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}

export function App() {
  const { session, ui } = useAppServices();
  const previewVisible = useUiSelector((state) => state.previewVisible);
  const printRequest = useUiSelector((state) => state.printRequest);
  const replacement = useReportReplacement();
  useUndoShortcuts(session.store);
  usePrintShortcut(ui);
  const runImport = useRunImport();
  const shareLinkQuestion = useShareLinkOpening();
  const dragging = useFileDrop((picked) => {
    const only = picked[0];
    if (picked.length === 1 && only !== undefined && isMarkdownFileName(only.path)) {
      runImport.startModelCard(only.file);
      return;
    }
    void isReportDraft(picked).then((isDraft) => {
      const only = picked[0];
      if (isDraft && only !== undefined) void replacement.importFile(only.file);
      else runImport.start(picked);
    });
  });
  useEffect(() => {
    const handle = setTimeout(preloadRichTextEditor, 300);
    return () => clearTimeout(handle);
  }, []);
  return (
    <>
      <div className={`app${previewVisible ? ' app--with-preview' : ''}`}>
        <a className="skip-link" href="#main-content">
          Skip to the form
        </a>
        <TopBar
          replacement={replacement}
          onRunFiles={runImport.start}
          onModelCard={runImport.startModelCard}
        />
        <Notices />
        <div className="status-row">
          <CompletenessMeter />
        </div>
        <div className="workspace">
          <SectionNav />
          <main id="main-content" className="main" tabIndex={-1}>
            <SectionForm />
          </main>
          {previewVisible ? (
            <Suspense
              fallback={<aside className="preview" aria-label="Preview" aria-busy="true" />}
            >
              <ReportPreview />
            </Suspense>
          ) : null}
        </div>
        {dragging ? (
          <div className="drop-overlay" aria-hidden="true">
            Drop a JSON draft to open it, a model card (.md) or run files and folders to read them
          </div>
        ) : null}
        <RefusedImport />
        {runImport.element}
        {shareLinkQuestion}
      </div>
      {printRequest === undefined ? null : (
        <Suspense fallback={null}>
          <PrintView key={printRequest} />
        </Suspense>
      )}
    </>
  );
}
