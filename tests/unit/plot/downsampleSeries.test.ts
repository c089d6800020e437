import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleSeries, type SeriesPoint } from '@/plot/downsampleSeries';

function noisyCurve(length: number): [number, number][] {
  return Array.from({ length }, (_, index) => [
    index,
    Math.exp(-index / (length / 5)) + 0.05 * Math.sin(index * 1.3),
  ]);
}

function extremes(points: readonly SeriesPoint[]): { minimum: SeriesPoint; maximum: SeriesPoint } {
  const defined = points.filter((point) => point[1] !== null);
  const byY = [...defined].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
  const minimum = byY[0];
  const maximum = byY.at(-1);
  if (minimum === undefined || maximum === undefined) throw new Error('no values');
  return { minimum, maximum };
}

function containsPoint(points: readonly SeriesPoint[], point: SeriesPoint): boolean {
  return points.some(([x, y]) => x === point[0] && y === point[1]);
}

describe('downsampleSeries', () => {
  it('reduces 100,000 points to about 1,000', () => {
    const points = noisyCurve(100_000);
    const displayed = downsampleSeries(points, 1000);
    expect(displayed.length).toBeGreaterThanOrEqual(990);
    expect(displayed.length).toBeLessThanOrEqual(1002);
  });

  it('keeps the first and last point and the global minimum and maximum', () => {
    const points = noisyCurve(5000);
    points[2345] = [2345, -3];
    points[777] = [777, 9];
    const displayed = downsampleSeries(points, 50);
    expect(displayed[0]).toEqual(points[0]);
    expect(displayed.at(-1)).toEqual(points.at(-1));
    expect(containsPoint(displayed, [2345, -3])).toBe(true);
    expect(containsPoint(displayed, [777, 9])).toBe(true);
  });

  it('returns a copy of short series unchanged', () => {
    const points: [number, number | null][] = [
      [0, 1],
      [1, null],
      [2, 3],
    ];
    const displayed = downsampleSeries(points, 10);
    expect(displayed).toEqual(points);
    expect(displayed).not.toBe(points);
  });

  it('keeps a gap where values are missing', () => {
    const points: [number, number | null][] = noisyCurve(3000);
    for (let index = 1000; index < 1100; index += 1) points[index] = [index, null];
    const displayed = downsampleSeries(points, 100);
    const gap = displayed.findIndex(([, y]) => y === null);
    expect(gap).toBeGreaterThan(0);
    expect(displayed[gap - 1]?.[0]).toBeLessThan(1000);
    expect(displayed[gap + 1]?.[0]).toBeGreaterThanOrEqual(1100);
    expect(displayed.filter(([, y]) => y === null)).toHaveLength(1);
  });

  it('keeps leading and trailing gaps as the first and last point', () => {
    const points: [number, number | null][] = noisyCurve(2000);
    points[0] = [0, null];
    points[1999] = [1999, null];
    const displayed = downsampleSeries(points, 40);
    expect(displayed[0]).toEqual([0, null]);
    expect(displayed.at(-1)).toEqual([1999, null]);
  });

  it('stays within the threshold when nearly every other value is missing', () => {
    const points = Array.from({ length: 10_000 }, (_, index): [number, number | null] => [
      index,
      index % 2 === 0 ? Math.sin(index) : null,
    ]);
    const displayed = downsampleSeries(points, 100);
    expect(displayed.length).toBeLessThanOrEqual(102);
    expect(displayed[0]).toEqual(points[0]);
    expect(displayed.at(-1)).toEqual(points.at(-1));
  });

  it('never mutates its input', () => {
    const points = noisyCurve(500);
    const frozen = Object.freeze(points.map((point) => Object.freeze([...point] as const)));
    const copy = structuredClone(points);
    downsampleSeries(frozen, 20);
    expect(points).toEqual(copy);
  });

  const arbitrarySeries = fc.array(
    fc.tuple(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 6 }),
    ),
    { minLength: 0, maxLength: 400 },
  );

  it('keeps first, last and extrema, stays within threshold + 2 and picks input points in order (property)', () => {
    fc.assert(
      fc.property(arbitrarySeries, fc.integer({ min: 3, max: 120 }), (raw, threshold) => {
        const points = raw
          .map(([x, y]): [number, number | null] => [x, y])
          .sort((a, b) => a[0] - b[0]);
        const before = structuredClone(points);
        const displayed = downsampleSeries(points, threshold);
        expect(points).toEqual(before);
        expect(displayed.length).toBeLessThanOrEqual(threshold + 2);
        if (points.length === 0) {
          expect(displayed).toEqual([]);
          return;
        }
        expect(displayed[0]).toEqual(points[0]);
        expect(displayed.at(-1)).toEqual(points.at(-1));
        if (points.some(([, y]) => y !== null)) {
          const { minimum, maximum } = extremes(points);
          expect(displayed.some(([, y]) => y === minimum[1])).toBe(true);
          expect(displayed.some(([, y]) => y === maximum[1])).toBe(true);
        }
        let position = 0;
        for (const point of displayed) {
          while (
            position < points.length &&
            !(points[position]?.[0] === point[0] && points[position]?.[1] === point[1])
          )
            position += 1;
          expect(position).toBeLessThan(points.length);
          position += 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never joins values across a gap while gaps are few (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 198 }), { maxLength: 8 }),
        (length, gapStarts) => {
          const points: [number, number | null][] = noisyCurve(length);
          for (const start of gapStarts) points[start] = [start, null];
          const displayed = downsampleSeries(points, 40);
          const isNullAt = (x: number) => points[x]?.[1] === null;
          for (let index = 1; index < displayed.length; index += 1) {
            const [from] = displayed[index - 1] ?? [0];
            const [to] = displayed[index] ?? [0];
            const [, fromY] = displayed[index - 1] ?? [0, null];
            const [, toY] = displayed[index] ?? [0, null];
            if (fromY === null || toY === null) continue;
            for (let x = from + 1; x < to; x += 1) expect(isNullAt(x)).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
