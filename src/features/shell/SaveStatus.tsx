import { useUiSelector } from '@/context/AppContext';
import type { SaveState } from '@/storage/autosave';

const labels: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  'not-saved': 'Not saved',
  conflict: 'Not saved',
  deleted: 'Not saved',
};

export function SaveStatus() {
  const saveState = useUiSelector((state) => state.saveState);
  const problem = useUiSelector((state) => state.saveProblem);
  return (
    <span className={`save-status save-status--${saveState}`} role="status" title={problem}>
      {labels[saveState]}
    </span>
  );
}
