import Papa from 'papaparse';
import type { RunFileContext } from './createRunFileContext';
import { readFiniteNumber } from './readFiniteNumber';

/**
 * Streams the rows of a metrics CSV after its header line, handing each row with a number in
 * column `xIndex` (its step or epoch) to `onRow`, and reporting progress every 50,000 rows.
 * Returns how many rows had no such number.
 */
export function forEachCsvDataRow(
  text: string,
  context: Pick<RunFileContext, 'progress'>,
  xIndex: number,
  onRow: (x: number, values: readonly string[]) => void,
): number {
  let row = 0;
  let rowsWithoutX = 0;
  Papa.parse<string[]>(text.replace(/^\ufeff/u, ''), {
    header: false,
    delimiter: ',',
    skipEmptyLines: true,
    step(results) {
      row += 1;
      if (row === 1) return;
      if (row % 50_000 === 0)
        context.progress(Math.min(1, (results.meta.cursor ?? 0) / text.length));
      const x = readFiniteNumber(results.data[xIndex]);
      if (x === null) rowsWithoutX += 1;
      else onRow(x, results.data);
    },
  });
  return rowsWithoutX;
}
