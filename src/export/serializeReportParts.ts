import type { Report } from '@/model/reportSchema';
import { createReportEnvelope } from '@/model/restoreReport';
import { interleave } from './interleave';
import { serializeReportAroundPoints } from './serializeReportAroundPoints';
import { seriesPointsJson } from './seriesPointsJson';

/**
 * The JSON draft of `serializeReport` in pieces that join to it: the pretty-printed report and,
 * between its pieces, each series' plot points on one line. Given to a Blob as they are, the
 * points (most of a large draft, and plain ASCII) are not copied into one string first.
 */
export function serializeReportParts(report: Report, exportedAt: string): string[] {
  const around = serializeReportAroundPoints(report, exportedAt);
  if (around === undefined)
    return [JSON.stringify(createReportEnvelope(report, exportedAt), null, 2), '\n'];
  return interleave(around, seriesPointsJson(report));
}
