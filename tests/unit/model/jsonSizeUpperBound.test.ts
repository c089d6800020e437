import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSizeUpperBound } from '@/model/jsonSizeUpperBound';
import { createExampleReport } from '@/model/createExampleReport';
import { utf8ByteLength } from '@/model/utf8ByteLength';

function exactSize(value: unknown): number {
  return utf8ByteLength(JSON.stringify(value));
}

describe('jsonSizeUpperBound', () => {
  it('is never below the UTF-8 bytes JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonSizeUpperBound(value)).toBeGreaterThanOrEqual(exactSize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('holds for the numbers that grow most when written, and for the longest escapes', () => {
    const values = [
      1e20,
      -1e20,
      1e21,
      -1.7976931348623157e308,
      // Found by the property above: 25 characters, written without an exponent.
      -0.0000015257225938868822,
      -0.000009999999999999999,
      5e-324,
      -0,
      0.1 + 0.2,
      '\u0000\u001f"\\',
      '\ud800',
      'é😀',
      { '\u0001': [null, true, false] },
    ];
    for (const value of values)
      expect(jsonSizeUpperBound(value), JSON.stringify(value)).toBeGreaterThanOrEqual(
        exactSize(value),
      );
  });

  it('stays within three times the written size of a real report', () => {
    const report = createExampleReport();
    expect(jsonSizeUpperBound(report)).toBeLessThanOrEqual(3 * exactSize(report));
  });
});
