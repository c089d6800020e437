import { lazy, Suspense, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import { readReportWithHeldText } from '@/store/pendingEdits';

const HistoryPanel = lazy(() => import('./HistoryPanel'));
const SaveVersionDialog = lazy(() => import('./SaveVersionDialog'));

/** **Save version** and **History**: the open report's kept versions and their differences. */
export function VersionButtons() {
  const { session } = useAppServices();
  const [saving, setSaving] = useState<string | undefined>(undefined);
  const [historyOpen, setHistoryOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => {
          setSaving(readReportWithHeldText(session.store).titlePage.version.trim());
        }}
      >
        Save version
      </button>
      <button type="button" className="toolbar-button" onClick={() => setHistoryOpen(true)}>
        History
      </button>
      {saving === undefined ? null : (
        <Suspense fallback={null}>
          <SaveVersionDialog initialName={saving} onClose={() => setSaving(undefined)} />
        </Suspense>
      )}
      {historyOpen ? (
        <Suspense fallback={null}>
          <HistoryPanel onClose={() => setHistoryOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
