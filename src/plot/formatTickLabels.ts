const minus = '\u2212';

const magnitudes = [
  { divisor: 1e12, suffix: 'T' },
  { divisor: 1e9, suffix: 'B' },
  { divisor: 1e6, suffix: 'M' },
  { divisor: 1e3, suffix: 'k' },
] as const;

function withMinus(text: string): string {
  return text.startsWith('-') ? `${minus}${text.slice(1)}` : text;
}

/** The fewest decimals that write every value exactly (to a millionth of their spacing). */
function decimalsFor(values: readonly number[]): number {
  const spacing =
    values.length > 1
      ? Math.min(
          ...values.slice(1).map((value, index) => Math.abs(value - (values[index] ?? value))),
        )
      : Math.abs(values[0] ?? 1);
  const tolerance = (spacing === 0 ? 1 : spacing) * 1e-6;
  for (let decimals = 0; decimals < 12; decimals += 1) {
    const factor = 10 ** decimals;
    if (values.every((value) => Math.abs(Math.round(value * factor) / factor - value) <= tolerance))
      return decimals;
  }
  return 12;
}

function formatLinear(values: readonly number[]): string[] {
  const largest = Math.max(...values.map(Math.abs));
  const magnitude =
    largest >= 1e4 ? magnitudes.find(({ divisor }) => largest >= divisor) : undefined;
  const divisor = magnitude?.divisor ?? 1;
  const scaled = values.map((value) => value / divisor);
  const decimals = decimalsFor(scaled);
  return scaled.map((value) => {
    // "0k" reads oddly; a plain 0 keeps the decimals of its neighbours ("0.0", "0.5").
    if (value === 0) return magnitude === undefined ? (0).toFixed(decimals) : '0';
    return withMinus(`${value.toFixed(decimals)}${magnitude?.suffix ?? ''}`);
  });
}

function formatOne(value: number): string {
  if (value === 0) return '0';
  const size = Math.abs(value);
  const magnitude = magnitudes.find(({ divisor }) => size >= divisor);
  if (magnitude !== undefined && size >= 1e4)
    return withMinus(`${Number((value / magnitude.divisor).toPrecision(3))}${magnitude.suffix}`);
  if (size < 1e-3) {
    const [mantissa = '', exponent = ''] = value.toExponential().split('e');
    return withMinus(
      `${Number(Number(mantissa).toPrecision(3))}e${withMinus(exponent.replace('+', ''))}`,
    );
  }
  return withMinus(String(Number(value.toPrecision(6))));
}

/**
 * Tick labels for an axis: on a linear axis all labels share one number of decimals ("0.0",
 * "0.5", "1.0") and large values use k/M/B suffixes ("20k", "1.5M"); on a logarithmic axis each
 * value is written on its own ("0.05", "1", "100k", "1e−5"). Minus signs are U+2212.
 */
export function formatTickLabels(values: readonly number[], logarithmic = false): string[] {
  if (values.length === 0) return [];
  return logarithmic ? values.map(formatOne) : formatLinear(values);
}
