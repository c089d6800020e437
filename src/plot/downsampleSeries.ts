export type SeriesPoint = readonly [x: number, y: number | null];

interface NullRun {
  start: number;
  end: number;
}

function findNullRuns(points: readonly SeriesPoint[]): NullRun[] {
  const runs: NullRun[] = [];
  let start = -1;
  for (let index = 0; index < points.length; index += 1) {
    if (points[index]?.[1] === null) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      runs.push({ start, end: index - 1 });
      start = -1;
    }
  }
  if (start >= 0) runs.push({ start, end: points.length - 1 });
  return runs;
}

/** Splits `total` over parts in proportion to their weights, never giving a part more than its weight. */
function apportion(weights: readonly number[], total: number): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const shares = exact.map((share, index) => Math.min(Math.floor(share), weights[index] ?? 0));
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    if ((shares[index] ?? 0) < (weights[index] ?? 0)) {
      shares[index] = (shares[index] ?? 0) + 1;
      left -= 1;
    }
  }
  return shares;
}

/** Every segment gets its two ends when the budget allows, so lines still reach each gap. */
function segmentBudgets(lengths: readonly number[], budget: number): number[] {
  const minimums = lengths.map((length) => Math.min(length, 2));
  const minimumTotal = minimums.reduce((sum, minimum) => sum + minimum, 0);
  if (minimumTotal > budget) return apportion(lengths, budget);
  const extra = apportion(
    lengths.map((length, index) => length - (minimums[index] ?? 0)),
    budget - minimumTotal,
  );
  return minimums.map((minimum, index) => minimum + (extra[index] ?? 0));
}

/** Largest-triangle-three-buckets over the points at `indices` (all with a y), keeping `count`. */
function largestTriangleThreeBuckets(
  points: readonly SeriesPoint[],
  indices: readonly number[],
  count: number,
): number[] {
  const length = indices.length;
  if (count >= length) return [...indices];
  if (count <= 0) return [];
  const first = indices[0] ?? 0;
  const last = indices[length - 1] ?? 0;
  if (count === 1) return [first];
  if (count === 2) return [first, last];
  // The coordinates copied out once: this loop reads each point about three times.
  const xs = new Float64Array(length);
  const ys = new Float64Array(length);
  for (let position = 0; position < length; position += 1) {
    const point = points[indices[position] ?? 0];
    xs[position] = point?.[0] ?? 0;
    ys[position] = point?.[1] ?? 0;
  }
  const bucketSize = (length - 2) / (count - 2);
  const selected = [first];
  let anchor = 0;
  for (let bucket = 0; bucket < count - 2; bucket += 1) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, length);
    let averageX = 0;
    let averageY = 0;
    for (let position = nextStart; position < nextEnd; position += 1) {
      averageX += xs[position] ?? 0;
      averageY += ys[position] ?? 0;
    }
    const nextCount = Math.max(nextEnd - nextStart, 1);
    averageX /= nextCount;
    averageY /= nextCount;
    const anchorX = xs[anchor] ?? 0;
    const anchorY = ys[anchor] ?? 0;
    let largestArea = -1;
    let chosen = start;
    for (let position = start; position < end; position += 1) {
      const area = Math.abs(
        (anchorX - averageX) * ((ys[position] ?? 0) - anchorY) -
          (anchorX - (xs[position] ?? 0)) * (averageY - anchorY),
      );
      if (area > largestArea) {
        largestArea = area;
        chosen = position;
      }
    }
    selected.push(indices[chosen] ?? first);
    anchor = chosen;
  }
  selected.push(last);
  return selected;
}

function extremeIndices(points: readonly SeriesPoint[]): number[] {
  let minimumIndex = -1;
  let maximumIndex = -1;
  let minimum = 0;
  let maximum = 0;
  for (let index = 0; index < points.length; index += 1) {
    const y = points[index]?.[1] ?? null;
    if (y === null) continue;
    if (minimumIndex < 0 || y < minimum) {
      minimumIndex = index;
      minimum = y;
    }
    if (maximumIndex < 0 || y > maximum) {
      maximumIndex = index;
      maximum = y;
    }
  }
  return [minimumIndex, maximumIndex].filter((index) => index >= 0);
}

/**
 * A lossy display copy of a series with at most about `threshold` points (never more than
 * `threshold + 2`), chosen by largest-triangle-three-buckets. It always keeps the first and last
 * point and the global minimum and maximum y. A null y is a gap: a run of nulls is kept as one
 * null point so the line still breaks there, except that with more gaps than a quarter of the
 * threshold only the longest runs are kept. The input is never changed.
 */
export function downsampleSeries(
  points: readonly SeriesPoint[],
  threshold: number,
): [number, number | null][] {
  const limit = Math.max(3, Math.floor(threshold));
  if (points.length <= limit) return points.map(([x, y]) => [x, y]);

  const lastIndex = points.length - 1;
  const nullRuns = findNullRuns(points);
  const isEdge = (run: NullRun) => run.start === 0 || run.end === lastIndex;
  const edgeRuns = nullRuns.filter(isEdge);
  // Each kept interior gap can cost three points (the gap and the two segment ends around it).
  const interiorBudget = Math.max(0, Math.floor((limit - 2 - edgeRuns.length) / 3));
  const interiorRuns = nullRuns
    .filter((run) => !isEdge(run))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    .slice(0, interiorBudget);

  const kept = new Set<number>();
  const isKeptNull = new Uint8Array(points.length);
  for (const run of [...edgeRuns, ...interiorRuns]) {
    for (let index = run.start; index <= run.end; index += 1) isKeptNull[index] = 1;
    if (run.start === 0) kept.add(0);
    if (run.end === lastIndex) kept.add(lastIndex);
    if (!isEdge(run)) kept.add(run.start);
  }

  const segments: number[][] = [];
  let current: number[] = [];
  for (let index = 0; index < points.length; index += 1) {
    if (points[index]?.[1] !== null) current.push(index);
    else if (isKeptNull[index] === 1 && current.length > 0) {
      segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);

  const budgets = segmentBudgets(
    segments.map((segment) => segment.length),
    limit - kept.size,
  );
  segments.forEach((segment, index) => {
    for (const chosen of largestTriangleThreeBuckets(points, segment, budgets[index] ?? 0))
      kept.add(chosen);
  });
  for (const extreme of extremeIndices(points)) kept.add(extreme);

  return [...kept]
    .sort((a, b) => a - b)
    .map((index) => {
      const [x, y] = points[index] ?? [0, null];
      return [x, y];
    });
}
