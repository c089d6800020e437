import type { Report } from '@/model/reportSchema';
import { serializeReportParts } from './serializeReportParts';

/** Stands for the export time until it is known; every ISO timestamp has its length. */
const exportedAtPlaceholder = new Date(0).toISOString();
/** The envelope (format, schemaVersion, exportedAt) opens the draft, within its first bytes. */
const envelopeHeadBytes = 200;

const encoder = new TextEncoder();

/**
 * The JSON draft of a report in UTF-8 pieces, written before the person picks JSON in the Export
 * menu, with a stand-in for the export time that `stampExportedAt` replaces.
 */
export function writeJsonDraftAhead(report: Report): Uint8Array[] {
  return serializeReportParts(report, exportedAtPlaceholder).map((part) => encoder.encode(part));
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, limit: number): number {
  const last = Math.min(haystack.length, limit) - needle.length;
  for (let start = 0; start <= last; start += 1) {
    let matches = true;
    for (let offset = 0; offset < needle.length && matches; offset += 1)
      matches = haystack[start + offset] === needle[offset];
    if (matches) return start;
  }
  return -1;
}

/**
 * Writes the export time into a draft from `writeJsonDraftAhead`, in place; false (and the draft
 * left as it was) when the time is not an ISO timestamp or the stand-in is not where the envelope
 * puts it, so the caller writes the draft afresh.
 */
export function stampExportedAt(parts: Uint8Array[], exportedAt: string): boolean {
  const first = parts[0];
  const stamp = encoder.encode(exportedAt);
  const placeholder = encoder.encode(exportedAtPlaceholder);
  if (first === undefined || stamp.length !== placeholder.length) return false;
  const at = indexOfBytes(
    first,
    encoder.encode(`"exportedAt": "${exportedAtPlaceholder}"`),
    envelopeHeadBytes,
  );
  const compactAt =
    at === -1
      ? indexOfBytes(
          first,
          encoder.encode(`"exportedAt":"${exportedAtPlaceholder}"`),
          envelopeHeadBytes,
        )
      : -1;
  if (at === -1 && compactAt === -1) return false;
  const timeAt = at === -1 ? compactAt + '"exportedAt":"'.length : at + '"exportedAt": "'.length;
  first.set(stamp, timeAt);
  return true;
}
