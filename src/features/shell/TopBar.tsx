import { lazy, Suspense, useRef } from 'react';
import { useAppServices, useReportSelector, useUiSelector } from '@/context/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { ImportProgress } from './ImportProgress';
import { CopyShareLinkButton } from './CopyShareLinkButton';
import { ExportMenu } from './ExportMenu';
import { ReportsMenu } from './ReportsMenu';
import { SaveStatus } from './SaveStatus';
import { VersionButtons } from './VersionButtons';
import { prepareReportImportSoon, type useReportReplacement } from './useReportImport';
import type { PickedFile } from '@/files/readRunFiles';
import { isMarkdownFileName } from './isMarkdownFileName';
import { useTopBarHeight } from './useTopBarHeight';
import { CommentButton } from '@/features/comments/CommentButton';
import { CommentsButton } from '@/features/comments/CommentsButton';
import { ImportReviewButton } from '@/features/comments/ImportReviewButton';
import { ShareLiveButton } from '@/features/live/ShareLiveButton';

const ConfirmDialog = lazy(() => import('./ConfirmDialog'));

export function TopBar({
  replacement,
  onRunFiles,
  onModelCard,
}: {
  replacement: ReturnType<typeof useReportReplacement>;
  onRunFiles: (picked: PickedFile[]) => void;
  /** A Markdown file picked through Import: a model card or a Markdown report, to review. */
  onModelCard: (file: File) => void;
}) {
  const { session, ui } = useAppServices();
  const canUndo = useReportSelector(
    (state) => state.delegatedHistory?.canUndo ?? state.past.length > 0,
  );
  const canRedo = useReportSelector(
    (state) => state.delegatedHistory?.canRedo ?? state.future.length > 0,
  );
  const previewVisible = useUiSelector((state) => state.previewVisible);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const runFilesInputRef = useRef<HTMLInputElement>(null);
  const barRef = useTopBarHeight();
  return (
    <header className="top-bar" ref={barRef}>
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
          onClick={() => {
            prepareReportImportSoon();
            fileInputRef.current?.click();
          }}
        >
          Import
        </button>
        <input
          ref={fileInputRef}
          type="file"
          accept=".json,application/json,.md,.markdown,text/markdown"
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file === undefined) return;
            if (isMarkdownFileName(file.name)) onModelCard(file);
            else void replacement.importFile(file);
          }}
        />
        <button
          type="button"
          className="toolbar-button"
          title="Read trainer_state.json, training_args.json, adapter_config.json, bnb_config.json, TensorBoard/W&B/Lightning logs, pip freeze, nvidia-smi… (or drop files and folders on the window)"
          onClick={() => runFilesInputRef.current?.click()}
        >
          Import run files
        </button>
        <input
          ref={runFilesInputRef}
          type="file"
          multiple
          hidden
          data-testid="run-files-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])].map((file) => ({
              path: file.webkitRelativePath || file.name,
              file,
            }));
            event.target.value = '';
            onRunFiles(files);
          }}
        />
        <ExportMenu />
        <CopyShareLinkButton />
        <ShareLiveButton />
        <VersionButtons />
      </div>
      <div className="top-bar-group" role="group" aria-label="Review">
        <CommentButton />
        <CommentsButton />
        <ImportReviewButton />
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
          onClick={() => {
            flushPendingEdits();
            session.store.getState().redo();
          }}
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
      {replacement.importing === undefined ? null : (
        <ImportProgress importing={replacement.importing} onCancel={replacement.cancelImport} />
      )}
      {replacement.confirmRequest === undefined ? null : (
        <Suspense fallback={null}>
          <ConfirmDialog request={replacement.confirmRequest} onClose={replacement.closeConfirm} />
        </Suspense>
      )}
    </header>
  );
}
