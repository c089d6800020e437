import { isPlotPointList } from './isPlotPointList';
import type { PlotPoint, Report } from './reportSchema';
import { isRecord } from './isRecord';

/** The point lists that passed isPlotPointList, by plot and series position; holes were not checked. */
export type CheckedPlotPoints = (PlotPoint[] | undefined)[][];

export interface ReportWithoutCheckedPlotPoints {
  report: Record<string, unknown>;
  checkedPlotPoints: CheckedPlotPoints;
}

/**
 * A shallow copy of the report in which every point list that isPlotPointList accepts is empty, so
 * zod validates everything else; lists it refuses stay for zod to name what is wrong and where.
 */
export function setAsideCheckedPlotPoints(
  report: Record<string, unknown>,
): ReportWithoutCheckedPlotPoints {
  const results = report['results'];
  if (!isRecord(results) || !Array.isArray(results['plots']))
    return { report, checkedPlotPoints: [] };
  const checkedPlotPoints: CheckedPlotPoints = [];
  const plots = (results['plots'] as unknown[]).map((plot, plotIndex) => {
    const checkedOfPlot: (PlotPoint[] | undefined)[] = [];
    checkedPlotPoints[plotIndex] = checkedOfPlot;
    if (!isRecord(plot) || !Array.isArray(plot['series'])) return plot;
    const series = (plot['series'] as unknown[]).map((entry, seriesIndex) => {
      if (!isRecord(entry) || !isPlotPointList(entry['points'])) return entry;
      checkedOfPlot[seriesIndex] = entry['points'];
      return { ...entry, points: [] };
    });
    return { ...plot, series };
  });
  return { report: { ...report, results: { ...results, plots } }, checkedPlotPoints };
}

/** The validated report with the point lists set aside put back where they were taken from. */
export function putBackPlotPoints(report: Report, checkedPlotPoints: CheckedPlotPoints): Report {
  if (checkedPlotPoints.length === 0) return report;
  const plots = report.results.plots.map((plot, plotIndex) => {
    const checkedOfPlot = checkedPlotPoints[plotIndex] ?? [];
    if (checkedOfPlot.length === 0) return plot;
    return {
      ...plot,
      series: plot.series.map((entry, seriesIndex) => {
        const points = checkedOfPlot[seriesIndex];
        return points === undefined ? entry : { ...entry, points };
      }),
    };
  });
  return { ...report, results: { ...report.results, plots } };
}
