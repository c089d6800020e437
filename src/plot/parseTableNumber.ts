import { parseNumberInput } from '@/model/numberInput';

export type TableNumber = { ok: true; value: number | null } | { ok: false };

/** What tools write for "no value": pandas, R, spreadsheets and loggers. */
const missingMarkers = new Set(['nan', '-nan', '+nan', 'na', 'n/a', 'null', 'none', '-', '—', '']);

/**
 * Reads a table cell as a number, leniently: `1e-4`, `1,024` and `1 024` as usual, decimal
 * commas (`0,5`, `1.234,5`) only in semicolon-separated files, and missing markers such as
 * NaN, NA or an empty cell as no value; a trailing % is dropped. Infinities are not values a plot can show.
 */
export function parseTableNumber(cell: string | null, delimiter: string): TableNumber {
  if (cell === null) return { ok: true, value: null };
  // A percent sign is the unit, not part of the number: "93.4%" is 93.4.
  const trimmed = cell.trim().replace(/\s*%$/u, '');
  if (missingMarkers.has(trimmed.toLowerCase())) return { ok: true, value: null };
  const text =
    delimiter === ';' && /^[^,]*,[^,]*$/u.test(trimmed)
      ? trimmed.replaceAll('.', '').replace(',', '.')
      : trimmed;
  const parsed = parseNumberInput(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
}
