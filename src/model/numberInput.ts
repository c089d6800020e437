export type NumberInputResult = { ok: true; value: number | null } | { ok: false; message: string };

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/iu;

/**
 * The text without a trailing `unit` ("99.3 %", "99.3%", "1200 elo" for Elo), trimmed; the text
 * trimmed when it does not end with the unit or there is no unit.
 */
export function withoutTypedUnit(text: string, unit: string): string {
  const trimmed = text.trim();
  const wanted = unit.trim();
  if (wanted === '' || trimmed.length <= wanted.length) return trimmed;
  const ending = trimmed.slice(-wanted.length);
  if (ending.toLowerCase() !== wanted.toLowerCase()) return trimmed;
  const before = trimmed.slice(0, -wanted.length);
  // A unit that starts like a number ("0", ".5") is only a unit after a space: in "0.0" the last
  // 0 belongs to the number.
  if (/^[\d.]/u.test(wanted) && !/\s$/u.test(before)) return trimmed;
  return before.trimEnd();
}

/**
 * Reads a number the way ML people type it: `2e-4`, `0.0002`, `3E-5`, `1,024`, `1_000`, `1 024`,
 * and followed by the field's `unit` when it has one (`99.3 %`, `21.3GB`).
 * An empty text is "no value"; anything else that is not a number is refused with a message.
 */
export function parseNumberInput(input: string, unit = ''): NumberInputResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: null };
  const numberText = withoutTypedUnit(trimmed, unit);
  const withoutGrouping = numberText.replace(/(?<=\d)[,_\s\u00a0\u202f](?=\d{3}(\D|$))/gu, '');
  if (!numberPattern.test(withoutGrouping)) {
    const wanted = unit.trim();
    // As short as the message without a unit: it shows in a small popover under a metric cell.
    const examples = wanted === '' ? '16, 0.05 or 2e-4' : `16, 2e-4 or 16 ${wanted}`;
    return { ok: false, message: `"${trimmed}" is not a number; type e.g. ${examples}` };
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
