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

/** What a path's shape says about its unit: a fixed unit, or its metric's. */
type UnitSource = { kind: 'spec'; unit: string } | { kind: 'metric' };

/** By path shape (list ids left out); the specs never change, and a report has few shapes. */
const unitSourcesByShape = new Map<string, UnitSource>();

function unitSourceOf(path: FieldPath, shape: string): UnitSource {
  const cached = unitSourcesByShape.get(shape);
  if (cached !== undefined) return cached;
  const spec = fieldSpecAtPath(path);
  const lastDot = path.lastIndexOf('.');
  const owner = fieldSpecAtPath(path.slice(0, lastDot));
  const source: UnitSource =
    spec?.kind !== 'number'
      ? { kind: 'spec', unit: '' }
      : owner?.kind === 'custom' && owner.custom === 'metricTable'
        ? resultFieldsInMetricUnit.has(path.slice(lastDot + 1))
          ? { kind: 'metric' }
          : { kind: 'spec', unit: '' }
        : { kind: 'spec', unit: spec.unit?.trim() ?? '' };
  unitSourcesByShape.set(shape, source);
  return source;
}

/**
 * The unit a number at `path` may be typed with and is shown with: its field spec's `unit`
 * (`GB`, `h`), or for a value or spread of the metric table its metric's unit (`%`, `Elo`);
 * '' when it has none.
 */
export function unitForNumberPath(report: Report, path: FieldPath): string {
  const segments = path.split('.');
  const shape = segments.map((segment) => segment.split('#')[0] ?? '').join('.');
  const source = unitSourceOf(path, shape);
  if (source.kind === 'spec') return source.unit;
  const resultId = segments.at(-2)?.split('#')[1];
  const metricId =
    resultId === undefined ? undefined : metricIdOfResult(report.results.metricResults, resultId);
  return metricId === undefined ? '' : unitOfMetric(report.problem.metrics, metricId);
}
