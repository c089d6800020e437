/**
 * The indexes of a longest strictly increasing subsequence of values (patience sorting,
 * n log n): the list items that can stay where they are while the others move.
 */
export function longestIncreasingRun(values: readonly number[]): Set<number> {
  // tails[length - 1] is the index of the smallest value ending an increasing run of that length.
  const tails: number[] = [];
  const previous: number[] = Array.from<number>({ length: values.length }).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1;
    tails[low] = index;
  });
  const run = new Set<number>();
  let index = tails.at(-1) ?? -1;
  while (index !== -1) {
    run.add(index);
    index = previous[index] ?? -1;
  }
  return run;
}
