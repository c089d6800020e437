import type { Report } from '@/model/reportSchema';

/** Each plot series' points as JSON on one line, series by series in report order. */
export function seriesPointsJson(report: Report): string[] {
  return report.results.plots.flatMap((plot) =>
    plot.series.map((series) => JSON.stringify(series.points)),
  );
}
