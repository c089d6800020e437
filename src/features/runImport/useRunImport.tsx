import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { PickedFile, RunFilesRead } from '@/files/readRunFiles';
import { describeOversizedModelCard } from '@/import/modelCard/describeOversizedModelCard';
import type { RunImportParse } from '@/import/runImportTypes';

// The readers, the proposal and the dialog load only when run files are given.
const RunImportDialog = lazy(() => import('./RunImportDialog'));

type RunImportState =
  | { stage: 'idle' }
  | { stage: 'reading'; progress: string }
  | { stage: 'review'; read: RunFilesRead; modelName: string }
  | { stage: 'failed'; message: string };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reading run files (in a worker) or a Markdown model card, and the review dialog; returns how to
 * start and what to render.
 */
export function useRunImport(): {
  start: (picked: readonly PickedFile[]) => void;
  startModelCard: (file: File) => void;
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
        setState({ stage: 'review', read, modelName: '' });
      } catch (error) {
        setState({
          stage: 'failed',
          message: `The run files could not be read: ${describeError(error)}. Nothing was changed.`,
        });
      }
    })();
  };

  const startModelCard = (file: File): void => {
    // Refused before the text is read or the reader loads.
    const oversized = describeOversizedModelCard(file.name, file.size);
    if (oversized !== undefined) {
      setState({ stage: 'failed', message: `${oversized} Nothing was changed.` });
      return;
    }
    setState({ stage: 'reading', progress: `Reading ${file.name}…` });
    void (async () => {
      try {
        const [text, { parseModelCard }] = await Promise.all([
          file.text(),
          import('@/import/modelCard/parseModelCard'),
        ]);
        const result = parseModelCard(file.name, text);
        if (!result.ok) {
          setState({ stage: 'failed', message: `${result.message} Nothing was changed.` });
          return;
        }
        const parse: RunImportParse = result.parse;
        setState({ stage: 'review', read: { parse, skipped: [] }, modelName: result.modelName });
      } catch (error) {
        setState({
          stage: 'failed',
          message: `${file.name} could not be read: ${describeError(error)}. Nothing was changed.`,
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
        <p>{state.message}</p>
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
        <RunImportDialog
          parse={state.read.parse}
          skipped={state.read.skipped}
          initialModelName={state.modelName}
          onClose={close}
        />
      </Suspense>
    );
  }
  return { start, startModelCard, element };
}
