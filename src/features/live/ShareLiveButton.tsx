import { lazy, Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useAppServices, useReportSelector } from '@/context/AppContext';
import { onLocationFragmentChange, readLocationFragment } from '@/platform/locationFragment';
import { rememberedLiveRoom } from '@/platform/rememberedLiveRooms';
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

/** Rejoins the room the open report was live in when it was last open here (a reload, say). */
function useLiveRoomResuming(): void {
  const { session } = useAppServices();
  const reportId = useReportSelector((state) => state.document.report.id);
  useEffect(() => {
    if (liveSession.getState().status !== 'off' || readLocationFragment().startsWith('#live='))
      return;
    const room = rememberedLiveRoom(reportId);
    if (room === undefined) return;
    void import('./liveSessionControl').then(({ resumeLiveRoom }) => resumeLiveRoom(session, room));
  }, [reportId, session]);
}

/** **Share live…**, and while live the people present and the state of the connection. */
export function ShareLiveButton() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const live = useStore(
    liveSession,
    (state) => state.status !== 'off' || state.problem !== undefined,
  );
  useLiveLinkOpening();
  useLiveRoomResuming();
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
