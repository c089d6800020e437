const multipliers: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  g: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const countPattern =
  /^[~≈]?\s*(\d+(?:[,_\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?:e[+-]?\d+)?)\s*([a-z]+)?\b/iu;

/**
 * Reads a parameter count as people write it: "7.25B", "125M", "1.1b", "66,955,010",
 * "6.8M (0.08 %)" (anything after the number and its unit is ignored), "1.3 billion".
 * Null when the text does not start with a count.
 */
export function parseParameterCount(text: string): number | null {
  const match = countPattern.exec(text.trim());
  if (match === null) return null;
  const [, digits = '', unit = ''] = match;
  const multiplier = unit === '' ? 1 : multipliers[unit.toLowerCase()];
  if (multiplier === undefined) return null;
  // A comma followed by other than three digits is a decimal comma ("7,25B").
  const normalized = /[,]\d{3}(?!\d)/u.test(digits)
    ? digits.replace(/[,_\s\u00a0\u202f]/gu, '')
    : digits.replace(/[_\s\u00a0\u202f]/gu, '').replace(',', '.');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * multiplier);
}
