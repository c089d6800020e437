import type { Report } from '@/model/reportSchema';
import { sanitizeExportText } from './sanitizeExportText';

/** Plot points are arrays of numbers: nothing to clean, and copying 100,000 of them cost 30 ms. */
function holdsText(items: readonly unknown[]): boolean {
  // An indexed loop, not some(): this runs once per plot point.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item === 'string') return true;
    if (typeof item === 'object' && item !== null && (!Array.isArray(item) || holdsText(item)))
      return true;
  }
  return false;
}

function sanitizeArray(items: readonly unknown[]): readonly unknown[] {
  if (!holdsText(items)) return items;
  let copy: unknown[] | undefined;
  items.forEach((item, index) => {
    const clean = sanitizeValue(item);
    if (copy === undefined && clean !== item) copy = items.slice(0, index);
    copy?.push(clean);
  });
  return copy ?? items;
}

function sanitizeObject(value: object): object {
  const entries = Object.entries(value);
  const cleanEntries = entries.map(([key, child]): [string, unknown] => [
    sanitizeExportText(key),
    sanitizeValue(child),
  ]);
  const changed = cleanEntries.some(
    ([key, child], index) => key !== entries[index]?.[0] || child !== entries[index]?.[1],
  );
  return changed ? Object.fromEntries(cleanEntries) : value;
}

// Copies only what changed: almost every string is clean, and copying the whole report was most of the cost.
function sanitizeValue(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeExportText(value);
  if (Array.isArray(value)) return sanitizeArray(value);
  if (typeof value === 'object' && value !== null) return sanitizeObject(value);
  return value;
}

/**
 * The report with every string, rich text and record keys included, safe to export. Parts
 * that were already clean are shared with the input, which is never changed.
 */
export function sanitizeReportText(report: Report): Report {
  return sanitizeValue(report) as Report;
}
