import { countPerformanceEvent } from './countPerformanceEvent';
import { createEmptyReport } from './createEmptyReport';
import type { Report } from './reportSchema';

/** True while nothing has been written, so replacing the report loses nothing and needs no question. */
export function isReportBlank(report: Report): boolean {
  countPerformanceEvent('documentSerialization');
  return JSON.stringify(report) === JSON.stringify(createEmptyReport(report.id));
}
