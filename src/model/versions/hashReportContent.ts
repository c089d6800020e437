import type { Report } from '../reportSchema';

/**
 * A 53-bit hash (cyrb53) of the report's content, its id left out: the same content under
 * another report gives the same hash. Not for security, only to tell unchanged content.
 */
export function hashReportContent(report: Report): string {
  const text = JSON.stringify({ ...report, id: '' });
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507);
  first ^= Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507);
  second ^= Math.imul(first ^ (first >>> 13), 3266489909);
  return (4_294_967_296 * (2_097_151 & second) + (first >>> 0)).toString(16).padStart(14, '0');
}
