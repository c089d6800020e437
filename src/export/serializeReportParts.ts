import type { Report } from '@/model/reportSchema';
import { createReportEnvelope } from '@/model/restoreReport';
import { interleave } from './interleave';
import { jsonDraftWithinImportCap } from './jsonDraftWithinImportCap';
import { serializeReportAroundPoints } from './serializeReportAroundPoints';
import { seriesPointsJson } from './seriesPointsJson';

/**
 * The JSON draft of `serializeReport` in pieces that join to it: the pretty-printed report and,
 * between its pieces, each series' plot points on one line. Given to a Blob as they are, the
 * points (most of a large draft, and plain ASCII) are not copied into one string first. A draft
 * that would be over the import cap is one compact piece instead.
 */
export function serializeReportParts(report: Report, exportedAt: string): readonly string[] {
  const around = serializeReportAroundPoints(report, exportedAt);
  const parts =
    around === undefined
      ? [JSON.stringify(createReportEnvelope(report, exportedAt), null, 2), '\n']
      : interleave(around, seriesPointsJson(report));
  return jsonDraftWithinImportCap(parts, report, exportedAt);
}
