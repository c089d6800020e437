import { lazy, Suspense, useEffect, useEffectEvent, useState } from 'react';
import { useAppServices, useUiSelector } from './AppContext';
import { SectionForm } from '@/features/sections/SectionForm';
import { SectionNav } from '@/features/sections/SectionNav';
import { CompletenessMeter } from '@/features/shell/CompletenessMeter';
import { Notices } from '@/features/shell/Notices';
import { RefusedImportDialog } from '@/features/shell/RefusedImportDialog';
import { TopBar } from '@/features/shell/TopBar';
import { preloadRichTextEditor } from '@/features/richText/RichTextField';
import { useReportReplacement } from '@/features/shell/useReportImport';
import { useUndoShortcuts } from '@/features/shell/useUndoShortcuts';

const ReportPreview = lazy(() => import('@/features/preview/ReportPreview'));

function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onDroppedFile = useEffectEvent(onFile);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes('Files') === true;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
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
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) onDroppedFile(file);
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
  const { session } = useAppServices();
  const previewVisible = useUiSelector((state) => state.previewVisible);
  const replacement = useReportReplacement();
  useUndoShortcuts(session.store);
  const dragging = useFileDrop(replacement.importFile);
  useEffect(() => {
    const handle = setTimeout(preloadRichTextEditor, 300);
    return () => clearTimeout(handle);
  }, []);
  return (
    <div className={`app${previewVisible ? ' app--with-preview' : ''}`}>
      <a className="skip-link" href="#main-content">
        Skip to the form
      </a>
      <TopBar replacement={replacement} />
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
          <Suspense fallback={<aside className="preview" aria-label="Preview" aria-busy="true" />}>
            <ReportPreview />
          </Suspense>
        ) : null}
      </div>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a JSON draft to import it
        </div>
      ) : null}
      <RefusedImportDialog />
    </div>
  );
}
