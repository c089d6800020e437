import { useEffect, useState } from 'react';
import { useAppServices } from '@/context/AppContext';
import { encodeShareFragment } from '@/model/shareLink/encodeShareFragment';
import type { Report } from '@/model/reportSchema';
import { copyText } from '@/platform/copyText';
import { pageAddressWithoutFragment } from '@/platform/locationFragment';
import { ShareLinkDialog, type ShareLink } from './ShareLinkDialog';

function hasPlotPoints(report: Report): boolean {
  return report.results.plots.some((plot) =>
    plot.series.some((series) => series.points.length > 0),
  );
}

async function makeLink(report: Report, withoutPlotPoints: boolean): Promise<ShareLink> {
  const fragment = encodeShareFragment(report, new Date().toISOString(), { withoutPlotPoints });
  const address = `${pageAddressWithoutFragment()}#${fragment}`;
  return { address, copied: await copyText(address), withoutPlotPoints };
}

/** Makes the share link of `report`, copies it and shows the dialog about it. */
export default function ShareLinkPanel({
  report,
  onClose,
}: {
  report: Report;
  onClose: () => void;
}) {
  const { ui } = useAppServices();
  const [link, setLink] = useState<ShareLink | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void makeLink(report, false).then((made) => {
      if (current) setLink(made);
    });
    return () => {
      current = false;
    };
  }, [report]);
  if (link === undefined) return null;
  return (
    <ShareLinkDialog
      key={link.address}
      link={link}
      hasPlotPoints={hasPlotPoints(report)}
      onCopyWithoutPlotPoints={() => void makeLink(report, true).then(setLink)}
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
      onClose={onClose}
    />
  );
}
