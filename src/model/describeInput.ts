/** A value as an error message quotes it: JSON, cut at 40 characters. */
export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  // JSON.stringify would show Infinity and NaN (possible in autosaved structured clones) as null.
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
