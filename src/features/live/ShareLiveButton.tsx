import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useAppServices } from '@/context/AppContext';
import { onLocationFragmentChange, readLocationFragment } from '@/platform/locationFragment';
import { liveSession } from '@/session/liveSessionState';

// The live code (Yjs, the connection, the dialog) loads only when it is used.
const LiveShareDialog = lazy(() => import('./LiveShareDialog'));
const LiveStatusBar = lazy(() => import('./LiveStatusBar'));

/** Joins the room of a live link (`#live=…`) the page opens with, or one pasted into this tab. */
function useLiveLinkOpening(): void {
  const { session, ui } = useAppServices();
  useEffect(() => {
    const open = (): void => {
      const fragment = readLocationFragment();
      if (!fragment.startsWith('#live=')) return;
      void import('./liveSessionControl').then(({ joinLiveRoomInAddress }) =>
        joinLiveRoomInAddress(session, ui, fragment),
      );
    };
    open();
    return onLocationFragmentChange(open);
  }, [session, ui]);
}

/** **Share live…**, and while live the people present and the state of the connection. */
export function ShareLiveButton() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const live = useStore(
    liveSession,
    (state) => state.status !== 'off' || state.problem !== undefined,
  );
  useLiveLinkOpening();
  return (
    <>
      <button type="button" className="toolbar-button" onClick={() => setDialogOpen(true)}>
        Share live…
      </button>
      {live ? (
        <Suspense fallback={null}>
          <LiveStatusBar />
        </Suspense>
      ) : null}
      {dialogOpen ? (
        <Suspense fallback={null}>
          <LiveShareDialog onClose={() => setDialogOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
