import type { ColumnMapping } from './columnMapping';
import { isNumericColumn } from './isNumericColumn';
import type { DelimitedTable } from './parseDelimitedText';

const xNames = [
  'step',
  'steps',
  'globalstep',
  'epoch',
  'epochs',
  'iteration',
  'iterations',
  'iter',
];
/** Bookkeeping columns of training logs (W&B, TensorBoard, Trainer) that are never a y. */
const bookkeepingNames = new Set([
  ...xNames,
  'runtime',
  'timestamp',
  'time',
  'walltime',
  'relativetime',
]);

/** "train/global_step" and "_step" both read as "globalstep" / "step". */
function normalizedName(column: string): string {
  const lastPart = column.split('/').at(-1) ?? column;
  return lastPart.toLowerCase().replace(/[^a-z0-9]/gu, '');
}

/**
 * A first guess at the column mapping: x is a numeric column named like step, epoch or
 * iteration, else the first numeric column; y are the other numeric columns, leaving out
 * bookkeeping such as runtime and timestamps. Null when no column holds numbers.
 */
export function suggestColumnMapping(table: DelimitedTable): ColumnMapping | null {
  const numeric = table.columns.filter((_, index) => isNumericColumn(table, index));
  const byName = xNames
    .map((name) => numeric.find((column) => normalizedName(column) === name))
    .find((column) => column !== undefined);
  const xColumn = byName ?? numeric[0];
  if (xColumn === undefined) return null;
  const yColumns = numeric.filter(
    (column) => column !== xColumn && !bookkeepingNames.has(normalizedName(column)),
  );
  return { xColumn, yColumns };
}
