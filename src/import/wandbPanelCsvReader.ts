import Papa from 'papaparse';
import { classifyMetricName } from './classifyMetricName';
import { createSeriesAccumulator, type SeriesAccumulator } from './createSeriesAccumulator';
import { forEachCsvDataRow } from './forEachCsvDataRow';
import { readFiniteNumber } from './readFiniteNumber';
import type { RunFileReader } from './runFileReader';

function headerCells(text: string): string[] {
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).replace(/^\ufeff/u, '');
  const parsed = Papa.parse<string[]>(line, { header: false, delimiter: ',' });
  return parsed.data[0] ?? [];
}

function runAndMetric(column: string): { run: string; metric: string } | null {
  const separator = column.lastIndexOf(' - ');
  if (separator <= 0 || separator + 3 >= column.length) return null;
  return { run: column.slice(0, separator).trim(), metric: column.slice(separator + 3).trim() };
}

/**
 * A chart exported from the W&B web app ("Export panel data" → CSV): `"Step","<run> - <metric>"`,
 * with `__MIN`/`__MAX` columns for smoothing bands (ignored) and empty cells where a run logged
 * nothing at that step (skipped, not drawn as gaps: runs log at different intervals).
 */
export const wandbPanelCsvReader: RunFileReader = {
  container: 'text',
  format: 'wandb-panel-csv',
  matches(text) {
    const cells = headerCells(text);
    return cells.length >= 2 && cells.slice(1).some((cell) => runAndMetric(cell) !== null);
  },
  read(text, context) {
    const cells = headerCells(text);
    const xLabel = /epoch/iu.test(cells[0] ?? '') ? 'Epoch' : 'Step';
    const columns = cells.map((cell, index) => {
      if (index === 0 || /__(MIN|MAX)$/u.test(cell)) return null;
      const parsed = runAndMetric(cell);
      return parsed === null
        ? null
        : { ...parsed, column: cell, accumulator: createSeriesAccumulator() as SeriesAccumulator };
    });
    const badRows = forEachCsvDataRow(text, context, 0, (x, values) => {
      columns.forEach((column, index) => {
        const cell = values[index]?.trim() ?? '';
        if (column === null || cell === '') return;
        if (/^[-+]?(nan|inf|infinity)$/iu.test(cell)) column.accumulator.add(x, null, null);
        else {
          const y = readFiniteNumber(cell);
          if (y !== null) column.accumulator.add(x, y, null);
        }
      });
    });
    if (badRows > 0)
      context.warn(`${badRows} rows without a number in the first column were skipped.`);
    for (const column of columns) {
      if (column === null) continue;
      context.series({
        name: column.metric,
        classification: classifyMetricName(column.metric, 'unknown'),
        values: column.accumulator.finish(),
        xLabel,
        key: column.column,
        run: column.run,
      });
    }
    context.loggingTool('Weights & Biases', cells[1] ?? '');
  },
};
