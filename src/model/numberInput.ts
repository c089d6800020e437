export type NumberInputResult = { ok: true; value: number | null } | { ok: false; message: string };

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/iu;

/**
 * Reads a number the way ML people type it: `2e-4`, `0.0002`, `3E-5`, `1,024`, `1_000`, `1 024`.
 * An empty text is "no value"; anything else that is not a number is refused with a message.
 */
export function parseNumberInput(input: string): NumberInputResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: null };
  const withoutGrouping = trimmed.replace(/(?<=\d)[,_\s\u00a0\u202f](?=\d{3}(\D|$))/gu, '');
  if (!numberPattern.test(withoutGrouping)) {
    return { ok: false, message: `"${trimmed}" is not a number; type e.g. 16, 0.05 or 2e-4` };
  }
  const value = Number(withoutGrouping);
  if (!Number.isFinite(value)) return { ok: false, message: `"${trimmed}" is too large` };
  return { ok: true, value };
}

/** Shows a stored number the way it is usually written: small rates in exponent notation. */
export function formatNumber(value: number | null): string {
  if (value === null) return '';
  if (value !== 0 && Math.abs(value) < 1e-3) {
    const [mantissa = '', exponent = ''] = value.toExponential().split('e');
    return `${mantissa}e${exponent.replace('+', '')}`;
  }
  return String(value);
}
