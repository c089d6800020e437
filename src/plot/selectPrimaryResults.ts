import { describeTypedNumberWithoutUnit } from '@/model/describeTypedNumberWithoutUnit';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { modelDisplayName } from '@/model/modelSummary';
import type { Metric, MetricResult, Model, Report } from '@/model/reportSchema';

export interface PrimaryResult {
  model: Model;
  /** The model's name, or "Model N" when it has none. */
  label: string;
  value: number;
  /** The value as the user typed it, without a typed unit: "87.0" stays "87.0", "99.3 %" is "99.3". */
  valueText: string;
  result: MetricResult;
}

export interface PrimaryResults {
  metric: Metric | undefined;
  split: MetricResult['split'];
  results: PrimaryResult[];
  problems: string[];
}

/**
 * Each model's value of the primary metric (the first metric marked primary, else the first
 * metric), on the test split when any model has a test value, else on validation, so that one
 * figure never mixes splits.
 */
export function selectPrimaryResults(report: Report): PrimaryResults {
  const { metrics } = report.problem;
  const problems: string[] = [];
  const metric = metrics.find((candidate) => candidate.primary) ?? metrics[0];
  if (metric === undefined)
    return { metric, split: 'test', results: [], problems: ['The report defines no metric yet.'] };
  if (!metric.primary) problems.push(`No metric is marked primary; "${metric.name}" is used.`);
  const resultOf = (model: Model, split: MetricResult['split']) =>
    report.results.metricResults.find(
      (result) =>
        result.modelId === model.id &&
        result.metricId === metric.id &&
        result.split === split &&
        result.value !== null,
    );
  const models = report.models.models;
  const split = models.some((model) => resultOf(model, 'test') !== undefined)
    ? 'test'
    : 'validation';
  const results = models.flatMap((model, index) => {
    const label = modelDisplayName(model, index);
    const result = resultOf(model, split);
    if (result?.value === null || result?.value === undefined) {
      problems.push(`${label} has no ${split} result for "${metric.name}".`);
      return [];
    }
    // The axis title carries the metric's unit, so a value label does not repeat it.
    const valueText = describeTypedNumberWithoutUnit(
      report.typedNumbers[metricResultFieldPath(result.id, 'value')],
      result.value,
      metric.unit.trim(),
    );
    return [{ model, label, value: result.value, valueText, result }];
  });
  return { metric, split, results, problems };
}
