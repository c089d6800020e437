import { classifyMetricName } from './classifyMetricName';
import { createSeriesAccumulator, type SeriesAccumulator } from './createSeriesAccumulator';
import { forEachCsvDataRow } from './forEachCsvDataRow';
import { readFiniteNumber } from './readFiniteNumber';
import type { RunFileReader } from './runFileReader';

function headerCells(text: string): string[] {
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).replace(/^\ufeff/u, '').trim();
  return line === '' ? [] : line.split(',').map((cell) => cell.trim());
}

/**
 * A metrics CSV with one row per logging call and sparse columns: PyTorch Lightning's CSVLogger
 * (`epoch,step,…` or the older `…,epoch,step` order), or any CSV with a `step` or `epoch` column.
 * Each column becomes a series over steps; empty cells are simply not logged there.
 */
export const lightningMetricsReader: RunFileReader = {
  container: 'text',
  format: 'lightning-metrics-csv',
  matches(text) {
    const cells = headerCells(text);
    return (
      cells.length >= 2 &&
      (cells.includes('step') || cells.includes('epoch')) &&
      cells.every((cell) => /^[\w./-]+$/u.test(cell))
    );
  },
  read(text, context) {
    const cells = headerCells(text);
    const stepIndex = cells.indexOf('step');
    const epochIndex = cells.indexOf('epoch');
    const xIndex = stepIndex === -1 ? epochIndex : stepIndex;
    const xLabel = stepIndex === -1 ? 'Epoch' : 'Step';
    const columns: ({
      name: string;
      accumulator: SeriesAccumulator;
      last: number | null;
    } | null)[] = cells.map((name, index) =>
      index === stepIndex || index === epochIndex
        ? null
        : { name, accumulator: createSeriesAccumulator(), last: null },
    );
    const badRows = forEachCsvDataRow(text, context, xIndex, (x, values) => {
      const epoch = epochIndex === -1 ? null : readFiniteNumber(values[epochIndex]);
      columns.forEach((column, index) => {
        const cell = values[index]?.trim() ?? '';
        if (column === null || cell === '') return;
        const isNonFinite = /^[-+]?(nan|inf|infinity)$/iu.test(cell);
        const y = isNonFinite ? null : readFiniteNumber(cell);
        if (!isNonFinite && y === null) return;
        column.accumulator.add(x, y, epoch);
        if (y !== null) column.last = y;
      });
    });
    if (badRows > 0)
      context.warn(`${badRows} rows without a ${cells[xIndex] ?? 'step'} value were skipped.`);
    for (const column of columns) {
      if (column === null) continue;
      const classification = classifyMetricName(column.name, 'train');
      context.series({
        name: column.name,
        classification,
        values: column.accumulator.finish(),
        xLabel,
        key: column.name,
      });
      const isResult = classification.role === 'metric' || classification.role === 'loss';
      if (
        isResult &&
        column.last !== null &&
        (classification.split === 'validation' || classification.split === 'test')
      ) {
        context.metricResult(
          classification.metric,
          classification.split,
          column.last,
          `${column.name} (last value)`,
        );
      }
    }
  },
};
