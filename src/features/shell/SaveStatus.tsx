import { useStore } from 'zustand';
import { useUiSelector } from '@/context/AppContext';
import { liveSession } from '@/session/liveSessionState';
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
  // While a live room is away, edits are kept in this browser and sent when it is back.
  const liveOffline = useStore(liveSession, (state) => state.status === 'offline');
  return (
    <span className={`save-status save-status--${saveState}`} role="status" title={problem}>
      {liveOffline ? 'Offline — changes kept here' : labels[saveState]}
    </span>
  );
}
