import type { RunPoint } from './runImportTypes';

/** Enough for a smooth curve in a report; a log with more points is thinned evenly. */
export const maxPointsPerSeries = 2000;

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
 * 2 × cap points. The last point is always kept (the final loss matters).
 */
export function createSeriesAccumulator(cap: number = maxPointsPerSeries): SeriesAccumulator {
  let xs: number[] = [];
  let ys: (number | null)[] = [];
  let epochs: (number | null)[] = [];
  let stride = 1;
  let arrivals = 0;
  let received = 0;
  let hasEpoch = false;
  let last: [number, number | null, number | null] | null = null;

  const halve = (): void => {
    xs = xs.filter((_, index) => index % 2 === 0);
    ys = ys.filter((_, index) => index % 2 === 0);
    epochs = epochs.filter((_, index) => index % 2 === 0);
    stride *= 2;
  };

  return {
    add(x, y, epoch) {
      received += 1;
      if (epoch !== null) hasEpoch = true;
      last = [x, y, epoch];
      if (arrivals % stride === 0) {
        xs.push(x);
        ys.push(y);
        epochs.push(epoch);
        last = null;
        if (xs.length >= cap * 2) halve();
      }
      arrivals += 1;
    },
    dropFrom(from) {
      const keep = xs.map((x) => x < from);
      const dropped = keep.filter((kept) => !kept).length;
      xs = xs.filter((_, index) => keep[index]);
      ys = ys.filter((_, index) => keep[index]);
      epochs = epochs.filter((_, index) => keep[index]);
      if (last !== null && last[0] >= from) last = null;
      received = Math.max(xs.length, received - dropped * stride);
    },
    get size() {
      return received;
    },
    finish() {
      const allX = [...xs];
      const allY = [...ys];
      const allEpochs = [...epochs];
      if (last !== null) {
        allX.push(last[0]);
        allY.push(last[1]);
        allEpochs.push(last[2]);
      }
      const order = allX.map((_, index) => index);
      order.sort((left, right) => (allX[left] ?? 0) - (allX[right] ?? 0) || left - right);
      let chosen = order;
      if (order.length > cap) {
        const step = (order.length - 1) / (cap - 1);
        chosen = Array.from({ length: cap }, (_, index) => order[Math.round(index * step)] ?? 0);
      }
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
