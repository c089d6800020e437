import { isRecord } from '@/model/isRecord';
import type { Report } from '@/model/reportSchema';
import { sanitizeExportText } from './sanitizeExportText';

function isTextOrRecord(item: unknown): boolean {
  return typeof item === 'string' || isRecord(item);
}

/** Plot points are arrays of numbers: nothing to clean, and copying 100,000 of them cost 30 ms. */
function holdsText(items: readonly unknown[]): boolean {
  // Plain loops, and a point's two numbers looked at here instead of in a call per point.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (isTextOrRecord(item)) return true;
    if (!Array.isArray(item)) continue;
    for (let inner = 0; inner < item.length; inner += 1) {
      const value: unknown = item[inner];
      if (isTextOrRecord(value) || (Array.isArray(value) && holdsText(value))) return true;
    }
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
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let cleanEntries: [string, unknown][] | undefined;
  keys.forEach((key, index) => {
    const child = record[key];
    const cleanKey = sanitizeExportText(key);
    const cleanChild = sanitizeValue(child);
    if (cleanEntries === undefined && (cleanKey !== key || cleanChild !== child))
      cleanEntries = keys.slice(0, index).map((earlier) => [earlier, record[earlier]]);
    cleanEntries?.push([cleanKey, cleanChild]);
  });
  // fromEntries, not assignment: a key that becomes "__proto__" stays an own property.
  return cleanEntries === undefined ? value : Object.fromEntries(cleanEntries);
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
