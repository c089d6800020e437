import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsJsonLength } from '@/model/changes/exceedsJsonLength';

describe('exceedsJsonLength', () => {
  it('is false only for values whose JSON is within a few times the limit, and true far beyond it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 2_000 }), (value, limit) => {
        const length = JSON.stringify(value).length;
        if (!exceedsJsonLength(value, limit)) expect(length).toBeLessThanOrEqual(4 * limit);
        if (length > 4 * limit + 24) expect(exceedsJsonLength(value, limit / 4)).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('stops early on a large value', () => {
    const large = Array.from({ length: 1_000_000 }, (_, index) => ({ x: index, y: 'point' }));
    expect(exceedsJsonLength(large, 1_000)).toBe(true);
    expect(exceedsJsonLength({ title: 'A title' }, 1_000)).toBe(false);
  });
});
