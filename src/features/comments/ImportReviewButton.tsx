import { lazy, Suspense, useRef, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import type { ReviewReading } from './ImportReviewDialog';

const loadImportReviewDialog = () => import('./ImportReviewDialog');
const ImportReviewDialog = lazy(loadImportReviewDialog);

/** Import review (.docx): reads a reviewed Word file and shows it before anything is written. */
export function ImportReviewButton() {
  const { session } = useAppServices();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<ReviewReading>();
  const [busy, setBusy] = useState(false);
  const read = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      flushPendingEdits();
      // The reader, its XML parser and the dialog are fetched only when a review is imported.
      const [{ readDocxReview }] = await Promise.all([
        import('@/import/docxReview/readDocxReview'),
        loadImportReviewDialog(),
      ]);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = readDocxReview(bytes, session.store.getState().document.report);
      setReading(
        result.ok
          ? { fileName: file.name, review: result }
          : {
              fileName: file.name,
              refusal: { message: result.message, details: result.details },
            },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        disabled={busy}
        onClick={() => inputRef.current?.click()}
      >
        Import review (.docx)
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        data-testid="import-review-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void read(file);
        }}
      />
      {reading === undefined ? null : (
        <Suspense fallback={null}>
          <ImportReviewDialog reading={reading} onClose={() => setReading(undefined)} />
        </Suspense>
      )}
    </>
  );
}
