import { countPerformanceEvent } from './countPerformanceEvent';
import { createEmptyReport } from './createEmptyReport';
import { jsonPieces } from './jsonPieces';
import type { Report } from './reportSchema';

/** True while nothing has been written, so replacing the report loses nothing and needs no question. */
export function isReportBlank(report: Report): boolean {
  countPerformanceEvent('documentSerialization');
  const blank = JSON.stringify(createEmptyReport(report.id));
  // Written out only as far as it matches the blank report's text: writing out a draft at the
  // import cap took 700 ms, on every export's snapshot.
  let offset = 0;
  for (const piece of jsonPieces(report)) {
    if (!blank.startsWith(piece, offset)) return false;
    offset += piece.length;
  }
  return offset === blank.length;
}
