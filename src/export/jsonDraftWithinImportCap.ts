import type { Report } from '@/model/reportSchema';
import { maximumImportBytes } from '@/model/restoreReport';
import { utf8ByteLength } from '@/model/utf8ByteLength';
import { compactReportJson } from './compactReportJson';

function byteLengthOf(part: string | Uint8Array): number {
  return typeof part === 'string' ? utf8ByteLength(part) : part.byteLength;
}

/**
 * The pieces of a pretty-printed JSON draft as they are, or the compact draft instead when they
 * would be over the import cap: indentation made an accepted 26.1 MB draft a 28.9 MB file that
 * Import refused. Import measures a report by its compact draft, so that one always fits.
 */
export function jsonDraftWithinImportCap<Part extends string | Uint8Array>(
  parts: readonly Part[],
  report: Report,
  exportedAt: string,
): readonly (Part | string)[] {
  // A UTF-16 unit is at most three UTF-8 bytes: most drafts need no exact count.
  let bound = 0;
  for (const part of parts) bound += typeof part === 'string' ? part.length * 3 : part.byteLength;
  if (bound <= maximumImportBytes) return parts;
  let bytes = 0;
  for (const part of parts) bytes += byteLengthOf(part);
  return bytes <= maximumImportBytes ? parts : [compactReportJson(report, exportedAt)];
}
