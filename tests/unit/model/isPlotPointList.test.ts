import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlotPointList } from '@/model/isPlotPointList';
import { maximumPlotPointsPerSeries, plotSeriesSchema } from '@/model/reportSchema';

// The list itself: restoreReport fills an absent list with [] before the points are checked.
const pointListSchema = plotSeriesSchema.shape.points.unwrap();

const coordinate = fc.oneof(
  { weight: 6, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constant(null) },
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.constantFrom(undefined, '1', true, [1], { x: 1 }),
);
const validPoint = fc.tuple(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
);
const point = fc.oneof(
  { weight: 8, arbitrary: validPoint },
  { weight: 4, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 2, arbitrary: fc.array(coordinate, { maxLength: 4 }) },
  fc.anything(),
);
const pointList = fc.oneof(
  fc.array(validPoint, { maxLength: 30 }),
  fc.array(point, { maxLength: 30 }),
  fc.anything(),
);

function listWithHole(): unknown[] {
  const list: unknown[] = [[1, 2]];
  list[2] = [3, 4];
  return list;
}

describe('isPlotPointList', () => {
  it('says yes exactly when zod accepts the list, and zod then returns it unchanged', () => {
    fc.assert(
      fc.property(pointList, (value) => {
        const parsed = pointListSchema.safeParse(value);
        expect(isPlotPointList(value)).toBe(parsed.success);
        if (parsed.success) expect(parsed.data).toEqual(value);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['an empty list', [], true],
    ['a missing y as null', [[0, null]], true],
    ['a missing x', [[null, 1]], false],
    ['NaN', [[Number.NaN, 1]], false],
    ['Infinity', [[1, Number.POSITIVE_INFINITY]], false],
    ['three numbers', [[1, 2, 3]], false],
    ['one number', [[1]], false],
    ['an array-like object', [{ 0: 1, 1: 2, length: 2 }], false],
    ['a missing point', [[1, 2], undefined, [3, 4]], false],
    ['a hole', listWithHole(), false],
    ['a list that is not an array', { 0: [1, 2] }, false],
  ])('agrees with zod on %s', (_, value, expected) => {
    expect(isPlotPointList(value)).toBe(expected);
    expect(pointListSchema.safeParse(value).success).toBe(expected);
  });

  it('refuses more points than a series may hold', () => {
    const samePoint: [number, number] = [1, 2];
    const pointsOf = (length: number): unknown[] => Array.from({ length }, () => samePoint);
    expect(isPlotPointList(pointsOf(maximumPlotPointsPerSeries))).toBe(true);
    expect(isPlotPointList(pointsOf(maximumPlotPointsPerSeries + 1))).toBe(false);
  });
});
