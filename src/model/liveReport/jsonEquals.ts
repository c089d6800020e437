import { isRecord } from '../isRecord';
import { wellFormedText } from './wellFormedText';

/**
 * Whether a value held by the live document equals a value of the report, as JSON: keys holding
 * undefined count as absent, and the report's text is compared as the document would hold it
 * (wellFormedText).
 */
export function jsonEquals(held: unknown, wanted: unknown): boolean {
  if (held === wanted) return true;
  if (typeof wanted === 'string') return held === wellFormedText(wanted);
  if (typeof wanted === 'number') return Object.is(held, wanted);
  if (Array.isArray(wanted)) {
    if (!Array.isArray(held) || held.length !== wanted.length) return false;
    for (let index = 0; index < wanted.length; index += 1)
      if (!jsonEquals(held[index], wanted[index])) return false;
    return true;
  }
  if (isRecord(wanted)) {
    if (!isRecord(held)) return false;
    let wantedCount = 0;
    for (const key of Object.keys(wanted)) {
      const value = wanted[key];
      if (value === undefined) continue;
      wantedCount += 1;
      if (!Object.hasOwn(held, key) || !jsonEquals(held[key], value)) return false;
    }
    let heldCount = 0;
    for (const key of Object.keys(held)) if (held[key] !== undefined) heldCount += 1;
    return heldCount === wantedCount;
  }
  return false;
}
