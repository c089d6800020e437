/**
 * The ids kept in the same relative order in both lists (a longest common subsequence); the
 * other ids both lists hold were moved. Quadratic, for lists of cards (a few hundred at most).
 */
export function longestCommonOrder(
  before: readonly string[],
  after: readonly string[],
): Set<string> {
  const rows = before.length + 1;
  const columns = after.length + 1;
  const lengths = new Uint16Array(rows * columns);
  for (let row = before.length - 1; row >= 0; row -= 1)
    for (let column = after.length - 1; column >= 0; column -= 1)
      lengths[row * columns + column] =
        before[row] === after[column]
          ? (lengths[(row + 1) * columns + column + 1] ?? 0) + 1
          : Math.max(
              lengths[(row + 1) * columns + column] ?? 0,
              lengths[row * columns + column + 1] ?? 0,
            );
  const kept = new Set<string>();
  let row = 0;
  let column = 0;
  while (row < before.length && column < after.length) {
    if (before[row] === after[column]) {
      kept.add(before[row] ?? '');
      row += 1;
      column += 1;
    } else if (
      (lengths[(row + 1) * columns + column] ?? 0) >= (lengths[row * columns + column + 1] ?? 0)
    )
      row += 1;
    else column += 1;
  }
  return kept;
}
