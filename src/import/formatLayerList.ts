/** `[16, 17, …, 41]` → `16–41`; `[0, 2, 3, 4]` → `0, 2–4`. */
export function formatLayerList(layers: readonly number[]): string {
  const sorted = [...new Set(layers)].sort((left, right) => left - right);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const layer of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (layer === previous + 1) {
      previous = layer;
      continue;
    }
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = layer;
    previous = layer;
  }
  return parts.join(', ');
}
