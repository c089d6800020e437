import { lazy, Suspense, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import type { Report } from '@/model/reportSchema';
import { readReportWithHeldText } from '@/store/pendingEdits';

// The encoder (fflate's deflate) and the dialog load on the first click.
const ShareLinkPanel = lazy(() => import('./ShareLinkPanel'));

/** **Copy share link**: the report in the address's fragment, on the clipboard, with its length. */
export function CopyShareLinkButton() {
  const { session } = useAppServices();
  const [request, setRequest] = useState<{ report: Report; serial: number } | undefined>(undefined);
  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => {
          setRequest({
            report: readReportWithHeldText(session.store),
            serial: (request?.serial ?? 0) + 1,
          });
        }}
      >
        Copy share link
      </button>
      {request === undefined ? null : (
        <Suspense fallback={null}>
          <ShareLinkPanel
            key={request.serial}
            report={request.report}
            onClose={() => setRequest(undefined)}
          />
        </Suspense>
      )}
    </>
  );
}
