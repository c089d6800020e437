import type { Report } from '../reportSchema';
import { jsonPieces } from '../jsonPieces';

/** cyrb53, fed a piece at a time: the same hash as of the pieces joined. */
export function createContentHasher(): { add: (text: string) => void; digest: () => string } {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  return {
    add: (text) => {
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        first = Math.imul(first ^ code, 2654435761);
        second = Math.imul(second ^ code, 1597334677);
      }
    },
    digest: () => {
      let low = Math.imul(first ^ (first >>> 16), 2246822507);
      low ^= Math.imul(second ^ (second >>> 13), 3266489909);
      let high = Math.imul(second ^ (second >>> 16), 2246822507);
      high ^= Math.imul(low ^ (low >>> 13), 3266489909);
      return (4_294_967_296 * (2_097_151 & high) + (low >>> 0)).toString(16).padStart(14, '0');
    },
  };
}

/** What is hashed: the report's content, its id left out. */
export function reportContentPieces(report: Report): Generator<string> {
  return jsonPieces({ ...report, id: '' });
}

/**
 * A 53-bit hash (cyrb53) of the report's content, its id left out: the same content under
 * another report gives the same hash. Not for security, only to tell unchanged content.
 */
export function hashReportContent(report: Report): string {
  const hasher = createContentHasher();
  for (const piece of reportContentPieces(report)) hasher.add(piece);
  return hasher.digest();
}
