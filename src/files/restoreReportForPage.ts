import { packSeriesPoints, withSeriesPoints } from '@/model/packedPlotPoints';
import { restoreReportFromBytesWithPointLists } from '@/model/restoreReportFromBytes';
import type { ReportImportWorkerMessage } from './reportImportWorkerProtocol';

type Send = (message: ReportImportWorkerMessage, transfer?: Transferable[]) => void;

/**
 * Restores a draft's UTF-8 bytes for the page, in the import worker. Each plot point list goes
 * to the page packed as soon as it is read, so the page rebuilds it while the rest is read and
 * checked; then comes the checked report without its points, each series pointing at its list
 * (one sent before, or one packed now), or the reason the draft was refused.
 */
export function restoreReportForPage(bytes: Uint8Array, send: Send): void {
  let sentBefore = 0;
  const result = restoreReportFromBytesWithPointLists(bytes, ({ values }) => {
    sentBefore += 1;
    // A copy goes: the worker still measures the list when it checks the draft's exported size.
    const copy = values.slice();
    send({ type: 'points', packedPoints: [copy] }, [copy.buffer]);
  });
  if (!result.ok) {
    send({ type: 'refused', failure: result });
    return;
  }
  const { report, appliedMigrations, pointLists } = result;
  const sentAt = new Map(pointLists.map(({ plot, series }, index) => [`${plot}/${series}`, index]));
  const packedPoints: Float64Array<ArrayBuffer>[] = [];
  const pointListOfSeries = report.results.plots.flatMap((plot, plotIndex) =>
    plot.series.map(({ points }, seriesIndex) => {
      const sent = sentAt.get(`${plotIndex}/${seriesIndex}`);
      if (sent !== undefined) return sent;
      packedPoints.push(packSeriesPoints(points));
      return sentBefore + packedPoints.length - 1;
    }),
  );
  send(
    {
      type: 'restored',
      report: withSeriesPoints(
        report,
        pointListOfSeries.map(() => []),
      ),
      packedPoints,
      pointListOfSeries,
      appliedMigrations,
    },
    packedPoints.map((values) => values.buffer),
  );
}
