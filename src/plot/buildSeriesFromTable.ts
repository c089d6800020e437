import type { PlotSeries } from '@/model/reportSchema';
import type { ColumnMapping } from './columnMapping';
import { fitIdentifier } from './fitIdentifier';
import type { DelimitedTable } from './parseDelimitedText';
import { parseTableNumber } from './parseTableNumber';

const maxRowProblems = 10;
const maxPointsPerSeries = 1_000_000;

function quoted(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** More than half the values stand alone between empty cells: a column logged only every few lines. */
function isSparse(points: readonly (readonly [number, number | null])[]): boolean {
  let values = 0;
  let isolated = 0;
  points.forEach(([, y], index) => {
    if (y === null) return;
    values += 1;
    if ((points[index - 1]?.[1] ?? null) === null && (points[index + 1]?.[1] ?? null) === null)
      isolated += 1;
  });
  return values >= 3 && isolated * 2 > values;
}

/**
 * Turns table columns into plot series: one per y column, points (x, y) in row order. Rows
 * whose x is not a number are skipped and reported by line; an empty, NaN or unreadable y is a
 * gap (unreadable ones are reported). A column filled only every few lines (an eval metric in a
 * training log) is joined across its empty cells instead, so its line stays visible. Series ids
 * come from the column names, fitted to the id pattern and made unique.
 */
export function buildSeriesFromTable(
  table: DelimitedTable,
  mapping: ColumnMapping,
): { series: PlotSeries[]; problems: string[] } {
  const problems: string[] = [];
  const xIndex = table.columns.indexOf(mapping.xColumn);
  if (xIndex < 0)
    return { series: [], problems: [`There is no column ${quoted(mapping.xColumn)} for x.`] };

  const rowProblems: string[] = [];
  const xs: (number | null)[] = table.rows.map((row, rowIndex) => {
    const cell = row[xIndex] ?? null;
    const parsed = parseTableNumber(cell, table.delimiter);
    if (parsed.ok && parsed.value !== null) return parsed.value;
    const line = table.rowLineNumbers[rowIndex] ?? rowIndex + 2;
    rowProblems.push(
      cell === null || parsed.ok
        ? `Line ${line} has no x value; the line is skipped.`
        : `Line ${line}: the x value ${quoted(cell)} is not a number; the line is skipped.`,
    );
    return null;
  });

  const usedRows = xs
    .flatMap((x, rowIndex) => (x === null ? [] : [rowIndex]))
    .slice(0, maxPointsPerSeries);
  if (usedRows.length < xs.filter((x) => x !== null).length)
    problems.push(`Only the first ${maxPointsPerSeries.toLocaleString('en-US')} lines are used.`);
  const goesBack = usedRows.findIndex(
    (rowIndex, position) =>
      position > 0 && (xs[rowIndex] ?? 0) < (xs[usedRows[position - 1] ?? 0] ?? 0),
  );
  if (goesBack > 0) {
    const rowIndex = usedRows[goesBack] ?? 0;
    problems.push(
      `The x values in ${quoted(mapping.xColumn)} decrease at line ${table.rowLineNumbers[rowIndex] ?? rowIndex + 2}; lines may double back (e.g. a resumed run).`,
    );
  }

  const taken = new Set<string>();
  const series: PlotSeries[] = [];
  mapping.yColumns.forEach((column, position) => {
    const yIndex = table.columns.indexOf(column);
    if (yIndex < 0) {
      problems.push(`There is no column ${quoted(column)}.`);
      return;
    }
    if (yIndex === xIndex) {
      problems.push(`${quoted(column)} is the x column; it is not also plotted as y.`);
      return;
    }
    const points: [number, number | null][] = usedRows.map((rowIndex) => {
      const cell = table.rows[rowIndex]?.[yIndex] ?? null;
      const parsed = parseTableNumber(cell, table.delimiter);
      if (!parsed.ok) {
        const line = table.rowLineNumbers[rowIndex] ?? rowIndex + 2;
        rowProblems.push(
          `Line ${line}: ${quoted(cell ?? '')} in ${quoted(column)} is not a number; it is left as a gap.`,
        );
      }
      return [xs[rowIndex] ?? 0, parsed.ok ? parsed.value : null];
    });
    if (points.every(([, y]) => y === null)) {
      problems.push(`${quoted(column)} has no numbers; no series was made from it.`);
      return;
    }
    const sparse = isSparse(points);
    if (sparse)
      problems.push(
        `${quoted(column)} is filled only on some lines; its points are joined across the empty ones.`,
      );
    const id = fitIdentifier(column, taken, `series-${position + 1}`);
    taken.add(id);
    series.push({
      id,
      label: mapping.seriesLabels?.[column] ?? column,
      modelId: mapping.modelIds?.[column] ?? '',
      points: sparse ? points.filter(([, y]) => y !== null) : points,
    });
  });

  problems.push(...rowProblems.slice(0, maxRowProblems));
  if (rowProblems.length > maxRowProblems)
    problems.push(`${rowProblems.length - maxRowProblems} more cells could not be read.`);
  return { series, problems };
}
