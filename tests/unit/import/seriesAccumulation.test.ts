import { describe, expect, it } from 'vitest';
import { createRestartAwareSeries } from '@/import/createRestartAwareSeries';
import { createSeriesAccumulator } from '@/import/createSeriesAccumulator';

describe('createSeriesAccumulator', () => {
  it('keeps every point of a short series, sorted by x, with epochs', () => {
    const accumulator = createSeriesAccumulator();
    accumulator.add(20, 1.5, 0.2);
    accumulator.add(10, null, 0.1);
    expect(accumulator.finish()).toEqual({
      points: [
        [10, null],
        [20, 1.5],
      ],
      byEpoch: [
        [0.1, null],
        [0.2, 1.5],
      ],
      totalPoints: 2,
      thinned: false,
    });
  });

  it('thins a million points to at most the cap, evenly, keeping the first and last', () => {
    const accumulator = createSeriesAccumulator(2000);
    for (let step = 0; step < 1_000_000; step += 1) accumulator.add(step, step / 10, null);
    const { points, totalPoints, thinned, byEpoch } = accumulator.finish();
    expect(points.length).toBeLessThanOrEqual(2000);
    expect(points.length).toBeGreaterThanOrEqual(1000);
    expect(totalPoints).toBe(1_000_000);
    expect(thinned).toBe(true);
    expect(byEpoch).toBeNull();
    expect(points[0]).toEqual([0, 0]);
    expect(points.at(-1)).toEqual([999_999, 99_999.9]);
    const gaps = points.slice(1, -1).map(([x], index) => x - (points[index]?.[0] ?? 0));
    expect(Math.max(...gaps)).toBe(Math.min(...gaps));
  });

  it('forgets points from a step on when a resumed run logs them again', () => {
    const accumulator = createSeriesAccumulator();
    for (const step of [1, 2, 3, 4]) accumulator.add(step, step, null);
    accumulator.dropFrom(3);
    accumulator.add(3, 30, null);
    expect(accumulator.finish().points).toEqual([
      [1, 1],
      [2, 2],
      [3, 30],
    ]);
  });
});

describe('createRestartAwareSeries', () => {
  it('replaces overlapped steps on a resume and splits a fresh start into its own part', () => {
    const history = createRestartAwareSeries();
    for (const [step, value] of [
      [43, 2.8],
      [46, 2.7],
      [72, 2.6],
      [95, 2.5],
      [68, 2.55],
      [130, 2.4],
      [41, 0.6],
      [500, 0.2],
    ] as const) {
      history.add(step, value);
    }
    const { parts, resumes } = history.finish();
    expect(resumes).toBe(1);
    expect(parts.map((part) => part.points)).toEqual([
      [
        [43, 2.8],
        [46, 2.7],
        [68, 2.55],
        [130, 2.4],
      ],
      [
        [41, 0.6],
        [500, 0.2],
      ],
    ]);
  });
});
