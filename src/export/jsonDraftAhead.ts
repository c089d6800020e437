import type { Report } from '@/model/reportSchema';
import { serializeReportParts } from './serializeReportParts';

/** Stands for the export time until it is known; every ISO timestamp has its length. */
const exportedAtPlaceholder = new Date(0).toISOString();
/** An ISO timestamp as `toISOString` writes it, the only form the envelope's time takes. */
const isoTimestamp = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z`;
const isoTimestampPattern = new RegExp(`^${isoTimestamp}$`, 'u');
/**
 * The envelope's time, pretty-printed or compact (a draft at the cap); the first one is it. Any
 * ISO timestamp: the stand-in, or the time of the export that used the draft before.
 */
const exportedAtPattern = new RegExp(`"exportedAt": ?"${isoTimestamp}"`, 'u');
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

/**
 * Writes the export time into a draft from `writeJsonDraftAhead`, in place, over the stand-in or
 * the time an earlier export wrote; false (and the draft left as it was) when the time is not an
 * ISO timestamp or the envelope holds none where it puts it, so the caller writes the draft afresh.
 */
export function stampExportedAt(parts: Uint8Array[], exportedAt: string): boolean {
  const first = parts[0];
  if (first === undefined || !isoTimestampPattern.test(exportedAt)) return false;
  // The envelope's head is ASCII, so a character's index there is its byte's.
  const head = new TextDecoder().decode(first.subarray(0, envelopeHeadBytes));
  const match = exportedAtPattern.exec(head);
  if (match === null) return false;
  first.set(encoder.encode(exportedAt), match.index + match[0].length - 1 - exportedAt.length);
  return true;
}
