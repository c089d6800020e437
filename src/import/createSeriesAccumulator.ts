import type { RunPoint } from './runImportTypes';

/** Enough for a smooth curve in a report; a log with more points is thinned evenly. */
const maxPointsPerSeries = 2000;

export interface AccumulatedSeries {
  points: RunPoint[];
  byEpoch: RunPoint[] | null;
  /** Points received (approximate after `dropFrom` on a thinned series). */
  totalPoints: number;
  thinned: boolean;
}

export interface SeriesAccumulator {
  add(x: number, y: number | null, epoch: number | null): void;
  /** Forgets points at x or later: a run resumed from an earlier checkpoint logged them again. */
  dropFrom(x: number): void;
  readonly size: number;
  finish(): AccumulatedSeries;
}

/**
 * Collects points in bounded memory: every `stride`-th point is kept, and when twice the cap is
 * held every other one is dropped and the stride doubles, so millions of log lines keep at most
 * 2 × cap points, and at most `cap` (at least half of it) at the end, evenly spaced. The last
 * point is always kept (the final loss matters).
 */
export function createSeriesAccumulator(cap: number = maxPointsPerSeries): SeriesAccumulator {
  let xs: number[] = [];
  let ys: (number | null)[] = [];
  let epochs: (number | null)[] = [];
  let arrivalIndices: number[] = [];
  let stride = 1;
  let arrivals = 0;
  let received = 0;
  let hasEpoch = false;
  let last: { x: number; y: number | null; epoch: number | null; arrival: number } | null = null;

  const keepEveryOther = <Item>(items: Item[]): Item[] =>
    items.filter((_, index) => index % 2 === 0);
  const halve = (): void => {
    xs = keepEveryOther(xs);
    ys = keepEveryOther(ys);
    epochs = keepEveryOther(epochs);
    arrivalIndices = keepEveryOther(arrivalIndices);
    stride *= 2;
  };

  return {
    add(x, y, epoch) {
      received += 1;
      if (epoch !== null) hasEpoch = true;
      last = { x, y, epoch, arrival: arrivals };
      if (arrivals % stride === 0) {
        xs.push(x);
        ys.push(y);
        epochs.push(epoch);
        arrivalIndices.push(arrivals);
        if (xs.length >= cap * 2) halve();
      }
      arrivals += 1;
    },
    dropFrom(from) {
      const keep = xs.map((x) => x < from);
      const dropped = keep.filter((kept) => !kept).length;
      const kept = <Item>(items: Item[]): Item[] => items.filter((_, index) => keep[index]);
      xs = kept(xs);
      ys = kept(ys);
      epochs = kept(epochs);
      arrivalIndices = kept(arrivalIndices);
      if (last !== null && last.x >= from) last = null;
      received = Math.max(xs.length, received - dropped * stride);
    },
    get size() {
      return received;
    },
    finish() {
      // Halving (not picking indices) keeps the spacing even; the last point may add one.
      while (xs.length > cap - 1) halve();
      const allX = [...xs];
      const allY = [...ys];
      const allEpochs = [...epochs];
      if (last !== null && arrivalIndices.at(-1) !== last.arrival) {
        allX.push(last.x);
        allY.push(last.y);
        allEpochs.push(last.epoch);
      }
      const chosen = allX.map((_, index) => index);
      chosen.sort((left, right) => (allX[left] ?? 0) - (allX[right] ?? 0) || left - right);
      const points: RunPoint[] = chosen.map((index) => [allX[index] ?? 0, allY[index] ?? null]);
      const byEpoch: RunPoint[] | null = hasEpoch
        ? chosen.flatMap((index): RunPoint[] => {
            const epoch = allEpochs[index];
            return epoch === null || epoch === undefined ? [] : [[epoch, allY[index] ?? null]];
          })
        : null;
      return { points, byEpoch, totalPoints: received, thinned: received > points.length };
    },
  };
}
