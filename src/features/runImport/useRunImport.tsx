import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { PickedFile, RunFilesRead } from '@/files/readRunFiles';

// The readers, the proposal and the dialog load only when run files are given.
const RunImportDialog = lazy(() => import('./RunImportDialog'));

type RunImportState =
  | { stage: 'idle' }
  | { stage: 'reading'; progress: string }
  | { stage: 'review'; read: RunFilesRead }
  | { stage: 'failed'; message: string };

/** Reading run files (in a worker) and the review dialog; returns how to start and what to render. */
export function useRunImport(): {
  start: (picked: readonly PickedFile[]) => void;
  element: ReactNode;
} {
  const [state, setState] = useState<RunImportState>({ stage: 'idle' });

  const start = (picked: readonly PickedFile[]): void => {
    if (picked.length === 0) return;
    setState({
      stage: 'reading',
      progress: `Reading ${picked.length} file${picked.length === 1 ? '' : 's'}…`,
    });
    void (async () => {
      try {
        const { readRunFiles } = await import('@/files/readRunFiles');
        const read = await readRunFiles(picked, (progress) =>
          setState({ stage: 'reading', progress }),
        );
        setState({ stage: 'review', read });
      } catch (error) {
        setState({
          stage: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    })();
  };

  const close = (): void => setState({ stage: 'idle' });
  let element: ReactNode = null;
  if (state.stage === 'reading') {
    element = (
      <div className="progress-toast" role="status">
        {state.progress}
      </div>
    );
  } else if (state.stage === 'failed') {
    element = (
      <div className="notice notice--error progress-toast" role="alert">
        <p>The run files could not be read: {state.message}. Nothing was changed.</p>
        <button type="button" className="toolbar-button" onClick={close}>
          Dismiss
        </button>
      </div>
    );
  } else if (state.stage === 'review') {
    element = (
      <Suspense
        fallback={
          <div className="progress-toast" role="status">
            Preparing the review…
          </div>
        }
      >
        <RunImportDialog parse={state.read.parse} skipped={state.read.skipped} onClose={close} />
      </Suspense>
    );
  }
  return { start, element };
}
