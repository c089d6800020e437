import type { DelimitedTable } from './parseDelimitedText';
import { parseTableNumber } from './parseTableNumber';

const sampleSize = 500;
const requiredShare = 0.9;

/** Whether nearly all filled cells of a column (sampled) read as numbers. */
export function isNumericColumn(table: DelimitedTable, columnIndex: number): boolean {
  let numbers = 0;
  let filled = 0;
  for (const row of table.rows) {
    const cell = row[columnIndex] ?? null;
    const parsed = parseTableNumber(cell, table.delimiter);
    if (parsed.ok && parsed.value === null) continue;
    filled += 1;
    if (parsed.ok) numbers += 1;
    if (filled >= sampleSize) break;
  }
  return numbers > 0 && numbers >= filled * requiredShare;
}
