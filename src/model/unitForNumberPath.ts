import type { FieldPath } from './fieldPath';
import { fieldSpecAtPath } from './fieldSpecAtPath';
import type { Metric, MetricResult, Report } from './reportSchema';

/** The metric-table fields that hold a value of the metric, so take its unit ("± 0.2 %"); runs do not. */
const resultFieldsInMetricUnit: ReadonlySet<string> = new Set<keyof MetricResult>([
  'value',
  'spread',
]);

const metricIdsByResultId = new WeakMap<readonly MetricResult[], ReadonlyMap<string, string>>();
const unitsByMetricId = new WeakMap<readonly Metric[], ReadonlyMap<string, string>>();

/** Built once per array: every cell of a large table asks on every check. */
function metricIdOfResult(results: readonly MetricResult[], resultId: string): string | undefined {
  let index = metricIdsByResultId.get(results);
  if (index === undefined) {
    index = new Map(results.map((result) => [result.id, result.metricId]));
    metricIdsByResultId.set(results, index);
  }
  return index.get(resultId);
}

function unitOfMetric(metrics: readonly Metric[], metricId: string): string {
  let index = unitsByMetricId.get(metrics);
  if (index === undefined) {
    index = new Map(metrics.map((metric) => [metric.id, metric.unit.trim()]));
    unitsByMetricId.set(metrics, index);
  }
  return index.get(metricId) ?? '';
}

/**
 * The unit a number at `path` may be typed with and is shown with: its field spec's `unit`
 * (`GB`, `h`), or for a value or spread of the metric table its metric's unit (`%`, `Elo`);
 * '' when it has none.
 */
export function unitForNumberPath(report: Report, path: FieldPath): string {
  const spec = fieldSpecAtPath(path);
  if (spec?.kind !== 'number') return '';
  const lastDot = path.lastIndexOf('.');
  const owner = fieldSpecAtPath(path.slice(0, lastDot));
  if (owner?.kind !== 'custom' || owner.custom !== 'metricTable') return spec.unit?.trim() ?? '';
  const field = path.slice(lastDot + 1);
  const resultId = path.slice(0, lastDot).split('#')[1];
  if (resultId === undefined || !resultFieldsInMetricUnit.has(field)) return '';
  const metricId = metricIdOfResult(report.results.metricResults, resultId);
  return metricId === undefined ? '' : unitOfMetric(report.problem.metrics, metricId);
}
