import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExampleReport } from '@/model/createExampleReport';
import { jsonPieces } from '@/model/jsonPieces';
import { hashReportContent } from '@/model/versions/hashReportContent';

/** The hash as it was written before it took pieces: cyrb53 of the whole text at once. */
function cyrb53OfWholeText(text: string): string {
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

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out keys holding undefined and writes undefined in a list as null, as JSON does', () => {
    const value = { kept: 1, left: undefined, list: [1, undefined, { a: undefined, b: 'x' }] };
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('writes long lists in slices, and the slices join to the same text', () => {
    const points = Array.from({ length: 5000 }, (_, index) => ({ x: index, y: index / 7 }));
    const pieces = [...jsonPieces({ points })];
    expect(pieces.join('')).toBe(JSON.stringify({ points }));
    expect(pieces.length).toBeLessThan(12);
  });

  it('joins to the example report’s JSON, and its hash is the one of the whole text', () => {
    const example = createExampleReport();
    expect([...jsonPieces(example)].join('')).toBe(JSON.stringify(example));
    expect(hashReportContent(example)).toBe(
      cyrb53OfWholeText(JSON.stringify({ ...example, id: '' })),
    );
  });
});
