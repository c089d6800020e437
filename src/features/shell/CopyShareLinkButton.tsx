import { useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import type { Report } from '@/model/reportSchema';
import { copyText } from '@/platform/copyText';
import { pageAddressWithoutFragment } from '@/platform/locationFragment';
import { flushPendingEdits } from '@/store/pendingEdits';
import { ShareLinkDialog, type ShareLink } from './ShareLinkDialog';

function hasPlotPoints(report: Report): boolean {
  return report.results.plots.some((plot) =>
    plot.series.some((series) => series.points.length > 0),
  );
}

/** **Copy share link**: the report in the address's fragment, on the clipboard, with its length. */
export function CopyShareLinkButton() {
  const { session, ui } = useAppServices();
  const [link, setLink] = useState<ShareLink | undefined>(undefined);
  const [report, setReport] = useState<Report | undefined>(undefined);

  const copy = async (shared: Report, withoutPlotPoints: boolean): Promise<void> => {
    // The encoder (fflate's deflate) loads on the first click.
    const { encodeShareFragment } = await import('@/model/shareLink/encodeShareFragment');
    const fragment = encodeShareFragment(shared, new Date().toISOString(), { withoutPlotPoints });
    const address = `${pageAddressWithoutFragment()}#${fragment}`;
    const copied = await copyText(address);
    setReport(shared);
    setLink({ address, copied, withoutPlotPoints });
  };

  return (
    <>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => {
          flushPendingEdits();
          void copy(session.store.getState().document.report, false);
        }}
      >
        Copy share link
      </button>
      {link === undefined || report === undefined ? null : (
        <ShareLinkDialog
          key={link.address}
          link={link}
          hasPlotPoints={hasPlotPoints(report)}
          onCopyWithoutPlotPoints={() => void copy(report, true)}
          onDownloadJson={() => {
            void import('@/files/exportReport')
              .then(({ exportReport }) => exportReport('json', report, () => undefined, {}))
              .catch((error: unknown) =>
                ui.getState().addNotice({
                  kind: 'export-failed',
                  problem: error instanceof Error ? error.message : String(error),
                }),
              );
          }}
          onClose={() => setLink(undefined)}
        />
      )}
    </>
  );
}
