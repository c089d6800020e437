import type { Report } from '@/model/reportSchema';
import { sanitizeExportText } from './sanitizeExportText';

function sanitizeValue(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeExportText(value);
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [sanitizeExportText(key), sanitizeValue(child)]),
    );
  }
  return value;
}

/** A copy of the report in which every string, rich text and record keys included, is safe to export. */
export function sanitizeReportText(report: Report): Report {
  return sanitizeValue(report) as Report;
}
