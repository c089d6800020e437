import { describeTypedNumberWithoutUnit } from '@/model/describeTypedNumberWithoutUnit';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { modelDisplayName } from '@/model/modelSummary';
import { formatNumber } from '@/model/numberInput';
import {
  resultSplits,
  type MetricResult,
  type Report,
  type TypedNumbers,
} from '@/model/reportSchema';
import { findBestResults } from '@/plot/findBestResults';
import type { OutlineTable, OutlineText } from './reportOutline';

const splitLabels: { readonly [Split in MetricResult['split']]: string } = {
  validation: 'validation',
  test: 'test',
};

interface ResultNotes {
  aggregation: MetricResult['aggregation'];
  runs: number | null;
  /** Undefined when the result has no spread. */
  spreadKind: MetricResult['spreadKind'] | undefined;
}

function notesOf(result: MetricResult): ResultNotes {
  return {
    aggregation: result.aggregation,
    runs: result.runs,
    spreadKind: result.spread === null ? undefined : result.spreadKind,
  };
}

function cellNotes(notes: ResultNotes): string[] {
  const parts: string[] = [];
  if (notes.spreadKind === 'ci95') parts.push('95% CI');
  if (notes.aggregation === 'max') parts.push('max');
  if (notes.aggregation === 'single-run') parts.push('single run');
  if (notes.runs !== null) parts.push(`n=${formatNumber(notes.runs)}`);
  return parts;
}

/** One sentence for the caption when every number was aggregated the same way. */
function uniformLegend(notes: ResultNotes): string {
  const runs = notes.runs === null ? '' : ` over ${formatNumber(notes.runs)} runs`;
  if (notes.aggregation === 'single-run') return 'single run';
  const spread =
    notes.spreadKind === undefined
      ? ''
      : notes.spreadKind === 'ci95'
        ? ' ± 95% confidence interval'
        : ' ± standard deviation';
  return `${notes.aggregation === 'max' ? 'best' : 'mean'}${spread}${runs}`;
}

/** `99.3 ± 0.2 % (n=3)`: the metric's unit once, after the spread it also applies to. */
function describeValue(
  result: MetricResult,
  withNotes: boolean,
  typedNumbers: TypedNumbers,
  unit: string,
): string {
  if (result.value === null) return '';
  const number = (field: 'value' | 'spread', value: number) =>
    describeTypedNumberWithoutUnit(
      typedNumbers[metricResultFieldPath(result.id, field)],
      value,
      unit,
    );
  const spread = result.spread === null ? '' : ` ± ${number('spread', result.spread)}`;
  const unitText = unit === '' ? '' : ` ${unit}`;
  const notes = withNotes ? cellNotes(notesOf(result)) : [];
  const suffix = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  return `${number('value', result.value)}${spread}${unitText}${suffix}`;
}

function cell(text: string, strong = false): OutlineText {
  return strong ? [{ text, strong }] : [{ text }];
}

export interface MetricTable extends Omit<OutlineTable, 'caption'> {
  /** How the numbers were aggregated, for the caption. */
  legend: string;
}

/**
 * The results as one table: a row per model, a column per metric and split, each cell
 * `value ± spread (n=runs)`, the best value of each column in bold (respecting higher-is-better).
 * Undefined when no result names a known model and metric.
 */
export function buildMetricTable(report: Report): MetricTable | undefined {
  const { models } = report.models;
  const { metrics } = report.problem;
  const resultByKey = new Map<string, MetricResult>();
  for (const result of report.results.metricResults) {
    const key = `${result.modelId}\u0000${result.metricId}\u0000${result.split}`;
    if (!resultByKey.has(key)) resultByKey.set(key, result);
  }
  const find = (modelId: string, metricId: string, split: MetricResult['split']) =>
    resultByKey.get(`${modelId}\u0000${metricId}\u0000${split}`);

  const columns = metrics.flatMap((metric, metricIndex) =>
    resultSplits
      .filter((split) => models.some((model) => find(model.id, metric.id, split) !== undefined))
      .map((split) => ({ metric, metricIndex, split })),
  );
  const rowModels = models
    .map((model, index) => ({ model, name: modelDisplayName(model, index) }))
    .filter(({ model }) =>
      columns.some(({ metric, split }) => find(model.id, metric.id, split) !== undefined),
    );
  if (columns.length === 0 || rowModels.length === 0) return undefined;

  const shown = rowModels.flatMap(({ model }) =>
    columns.flatMap(({ metric, split }) => find(model.id, metric.id, split) ?? []),
  );
  const distinctNotes = new Set(shown.map((result) => JSON.stringify(notesOf(result))));
  const first = shown[0];
  // Notes shared by every number go to the caption once instead of into each cell.
  const uniform = distinctNotes.size === 1 && first !== undefined ? notesOf(first) : undefined;
  const best = findBestResults(report);
  const marksBest = shown.some((result) => best.has(result.id));
  const aggregationLegend =
    uniform === undefined
      ? '± one standard deviation unless marked; n = runs'
      : uniformLegend(uniform);

  return {
    columns: [
      { label: 'Model', align: 'left' },
      ...columns.map(({ metric, metricIndex, split }) => {
        const name = metric.name.trim() === '' ? `Metric ${metricIndex + 1}` : metric.name;
        const direction = metric.higherIsBetter ? '↑' : '↓';
        return { label: `${name} ${direction} (${splitLabels[split]})`, align: 'right' as const };
      }),
    ],
    legend: marksBest ? `${aggregationLegend}; best in bold` : aggregationLegend,
    rows: rowModels.map(({ model, name }) => [
      cell(name),
      ...columns.map(({ metric, split }) => {
        const result = find(model.id, metric.id, split);
        return result === undefined
          ? cell('—')
          : cell(
              describeValue(result, uniform === undefined, report.typedNumbers, metric.unit.trim()),
              best.has(result.id),
            );
      }),
    ]),
  };
}
