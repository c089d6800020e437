import type { Plot } from '@/model/reportSchema';
import { buildSeriesFromTable } from './buildSeriesFromTable';
import type { ColumnMapping } from './columnMapping';
import type { DelimitedTable } from './parseDelimitedText';
import type { TablePlotKind } from './plotKindDefinitions';

/** "step" reads as "Step", "train/global_step" as "Global step". */
function axisLabelFromColumn(column: string): string {
  const lastPart = column.split('/').at(-1) ?? column;
  const words = lastPart.replace(/[_-]+/gu, ' ').trim();
  if (words === '') return column;
  return `${words[0]?.toUpperCase() ?? ''}${words.slice(1)}`;
}

function yLabelFor(kind: TablePlotKind, yColumns: readonly string[]): string {
  if (kind === 'loss-curve') return 'Loss';
  const [only] = yColumns;
  return yColumns.length === 1 && only !== undefined ? axisLabelFromColumn(only) : 'Value';
}

function titleFor(kind: TablePlotKind, columnCount: number, yLabel: string): string {
  if (kind === 'loss-curve') return columnCount === 1 ? 'Loss curve' : 'Loss curves';
  return columnCount === 1 ? `${yLabel} curve` : 'Metric curves';
}

/**
 * A loss or metric curve plot from a pasted table and the user's column mapping: one series per
 * y column, the axis labels taken from the columns, log scale off. The plot is returned even
 * when no series could be made, so the caller decides; `problems` say what was skipped and why.
 */
export function createPlotFromTable(
  table: DelimitedTable,
  mapping: ColumnMapping,
  options: { plotId: string; kind: TablePlotKind },
): { plot: Plot; problems: string[] } {
  const { series, problems } = buildSeriesFromTable(table, mapping);
  const yLabel = yLabelFor(options.kind, mapping.yColumns);
  return {
    plot: {
      id: options.plotId,
      kind: options.kind,
      title: titleFor(options.kind, mapping.yColumns.length, yLabel),
      caption: '',
      xLabel: axisLabelFromColumn(mapping.xColumn),
      xUnit: '',
      yLabel,
      yUnit: '',
      logScale: false,
      derivation: 'none',
      series,
    },
    problems,
  };
}
