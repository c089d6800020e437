import type { Report } from '@/model/reportSchema';
import { createReportEnvelope } from '@/model/restoreReport';
import { countPerformanceEvent } from '@/platform/performanceCounters';

/**
 * The report as a pretty-printed JSON draft. Unlike Markdown and DOCX nothing is stripped: JSON
 * escapes every control character and lone surrogate, so importing the file gives back the same report.
 */
export function serializeReport(report: Report, exportedAt: string): string {
  countPerformanceEvent('documentSerialization');
  return `${JSON.stringify(createReportEnvelope(report, exportedAt), null, 2)}\n`;
}
