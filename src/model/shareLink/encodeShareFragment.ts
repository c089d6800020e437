import { deflateSync, strToU8 } from 'fflate';
import { createReportEnvelope } from '../restoreReport';
import type { Report } from '../reportSchema';
import { bytesToBase64Url } from './base64Url';
import { shareFragmentPrefix } from './shareLinkLimits';

export interface ShareFragmentOptions {
  /** Leaves each series' points out (CSV and run-file curves); derived plots keep drawing. */
  withoutPlotPoints?: boolean;
}

/** The report without the points of its plots: a shorter link that loses only the curves. */
export function withoutPlotPoints(report: Report): Report {
  return {
    ...report,
    results: {
      ...report.results,
      plots: report.results.plots.map((plot) => ({
        ...plot,
        series: plot.series.map((series) => ({ ...series, points: [] })),
      })),
    },
  };
}

/**
 * The fragment of a share link (`r=1.` and the report's JSON draft, raw DEFLATE at level 9, in
 * base64url): browsers never send a fragment to a server, so the report stays between the people.
 */
export function encodeShareFragment(
  report: Report,
  exportedAt: string,
  options: ShareFragmentOptions = {},
): string {
  const shared = options.withoutPlotPoints === true ? withoutPlotPoints(report) : report;
  const json = JSON.stringify(createReportEnvelope(shared, exportedAt));
  return `${shareFragmentPrefix}${bytesToBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}
