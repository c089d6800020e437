import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import { onLocationFragmentChange, readLocationFragment } from '@/platform/locationFragment';
import type { ConfirmRequest } from './ConfirmDialog';

const ConfirmDialog = lazy(() => import('./ConfirmDialog'));

/**
 * Opens a share link the page opens with, or one pasted into this tab later; returns the
 * question to render before the open report is left. The opener and its decoder load only
 * for an address with a share link.
 */
export function useShareLinkOpening() {
  const { session, ui } = useAppServices();
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | undefined>(undefined);

  useEffect(() => {
    const open = (): void => {
      if (!readLocationFragment().startsWith('#r=')) return;
      void import('./openShareLinkInAddress').then(({ openShareLinkInAddress }) =>
        openShareLinkInAddress({ session, ui, ask: setConfirmRequest }),
      );
    };
    open();
    return onLocationFragmentChange(open);
  }, [session, ui]);

  return confirmRequest === undefined ? null : (
    <Suspense fallback={null}>
      <ConfirmDialog request={confirmRequest} onClose={() => setConfirmRequest(undefined)} />
    </Suspense>
  );
}
