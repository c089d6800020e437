import type { Report } from '@/model/reportSchema';
import { createReportEnvelope } from '@/model/restoreReport';

/**
 * The report as the smallest JSON draft the app writes: the envelope on one line and a newline.
 * Import measures a report by it, and Export writes it when the pretty-printed draft would not fit
 * the import cap, so whatever Import accepts, Export writes in a form Import accepts again.
 */
export function compactReportJson(report: Report, exportedAt: string): string {
  return `${JSON.stringify(createReportEnvelope(report, exportedAt))}\n`;
}
