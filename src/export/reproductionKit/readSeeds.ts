/** `13, 42, 1234` or `42 and 43` → the whole numbers in it; null when something else is written. */
export function readSeeds(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+|\band\b/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return [];
  const seeds = parts.map((part) => (/^\d{1,10}$/u.test(part) ? Number(part) : Number.NaN));
  return seeds.every((seed) => Number.isSafeInteger(seed)) ? seeds : null;
}
