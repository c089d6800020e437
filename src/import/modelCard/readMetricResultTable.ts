import type { Table } from 'mdast';
import { parseNumberInput } from '@/model/numberInput';
import type { MetricResult } from '@/model/reportSchema';
import type { ResultSplit } from '../runImportTypes';
import { markdownPlainText } from './markdownPlainText';

/** How a value was aggregated, as the metric table's caption or its cell notes say. */
export interface MetricResultNotes {
  aggregation: MetricResult['aggregation'];
  spreadKind: MetricResult['spreadKind'];
  runs: number | null;
}

export interface MetricResultCell {
  model: string;
  metricName: string;
  higherIsBetter: boolean;
  split: ResultSplit;
  value: number;
  typedText: string;
  spread: { value: number; typedText: string } | null;
  notes: MetricResultNotes;
  line: number;
}

const columnPattern = /^(.*) ([↑↓]) \((validation|test)\)$/u;
const notePattern = /^(?:95% CI|max|single run|n=\d+)$/u;
const legendPattern =
  /^(mean|best)( ± (?:95% confidence interval|standard deviation))?(?: over (\d+) runs)?$/u;

/** The notes every cell shares, from the caption's legend; null when each cell carries its own. */
export function readMetricTableLegend(caption: string): MetricResultNotes | null {
  const legend = /\(([^()]*)\)\s*$/u
    .exec(caption)?.[1]
    ?.replace(/; best in bold$/u, '')
    .trim();
  if (legend === undefined) return null;
  if (legend === 'single run') return { aggregation: 'single-run', spreadKind: 'std', runs: null };
  const match = legendPattern.exec(legend);
  if (match === null) return null;
  return {
    aggregation: match[1] === 'best' ? 'max' : 'mean',
    spreadKind: match[2]?.includes('95%') === true ? 'ci95' : 'std',
    runs: match[3] === undefined ? null : Number(match[3]),
  };
}

function cellNotes(parts: readonly string[]): MetricResultNotes {
  const runs = parts.find((part) => part.startsWith('n='));
  return {
    aggregation: parts.includes('max')
      ? 'max'
      : parts.includes('single run')
        ? 'single-run'
        : 'mean',
    spreadKind: parts.includes('95% CI') ? 'ci95' : 'std',
    runs: runs === undefined ? null : Number(runs.slice(2)),
  };
}

/**
 * Reads our export's metric table (a row per model, a column per metric and split, cells
 * `93.80 ± 0.2 % (n=3)`) into one value per cell, numbers kept as typed. `legend` holds the
 * caption's notes when they are shared by every cell. Undefined for any other table.
 */
export function readMetricResultTable(
  table: Table,
  legend: MetricResultNotes | null,
): MetricResultCell[] | undefined {
  const [header, ...body] = table.children;
  const [first, ...metricCells] = header?.children ?? [];
  if (first === undefined || markdownPlainText(first).trim() !== 'Model') return undefined;
  const columns = metricCells.map((cell) => columnPattern.exec(markdownPlainText(cell).trim()));
  if (columns.length === 0 || columns.some((column) => column === null)) return undefined;
  const cells: MetricResultCell[] = [];
  for (const row of body) {
    const [modelCell, ...valueCells] = row.children;
    const model = modelCell === undefined ? '' : markdownPlainText(modelCell).trim();
    valueCells.forEach((cell, index) => {
      const column = columns[index];
      const text = markdownPlainText(cell).trim();
      if (column?.[1] === undefined || text === '' || text === '—') return;
      let rest = text;
      let notes = legend;
      const trailing = /\s\(([^()]*)\)$/u.exec(rest);
      const noteParts = trailing?.[1]?.split(', ') ?? [];
      if (trailing !== null && noteParts.every((part) => notePattern.test(part))) {
        rest = rest.slice(0, trailing.index);
        notes = cellNotes(noteParts);
      }
      const [valueText = '', ...others] = rest.split(' ');
      const value = parseNumberInput(valueText);
      if (!value.ok || value.value === null) return;
      let spread: MetricResultCell['spread'] = null;
      if (others[0] === '±' && others[1] !== undefined) {
        const parsedSpread = parseNumberInput(others[1]);
        if (parsedSpread.ok && parsedSpread.value !== null)
          spread = { value: parsedSpread.value, typedText: others[1] };
      }
      cells.push({
        model,
        metricName: column[1],
        higherIsBetter: column[2] === '↑',
        split: column[3] === 'test' ? 'test' : 'validation',
        value: value.value,
        typedText: valueText,
        spread,
        notes: notes ?? cellNotes([]),
        line: row.position?.start.line ?? 1,
      });
    });
  }
  return cells;
}
