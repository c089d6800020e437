import { findPrimaryMetric } from './findPrimaryMetric';
import { metricDisplayName } from './metricDisplayName';
import { modelDisplayName } from './modelSummary';
import type { Metric, MetricResult, Report } from './reportSchema';

export interface Standing {
  modelId: string;
  modelName: string;
  value: number;
  result: MetricResult;
}

export interface PrimaryMetricStandings {
  metric: Metric;
  metricName: string;
  split: MetricResult['split'];
  /** Best first on the primary metric; models without a value on this split are left out. */
  standings: Standing[];
}

/**
 * How the models rank on the primary metric, on the test split when any test value exists (that is
 * what a conclusion claims), else on validation. Undefined without a primary metric or values.
 */
export function primaryMetricStandings(report: Report): PrimaryMetricStandings | undefined {
  const metric = findPrimaryMetric(report);
  if (metric === undefined) return undefined;
  const { models } = report.models;
  const valued = report.results.metricResults.filter(
    (result) => result.metricId === metric.id && result.value !== null,
  );
  const split = valued.some((result) => result.split === 'test') ? 'test' : 'validation';
  const standings = valued.flatMap((result): Standing[] => {
    const modelIndex = models.findIndex((model) => model.id === result.modelId);
    const model = models[modelIndex];
    if (result.split !== split || model === undefined || result.value === null) return [];
    return [
      {
        modelId: model.id,
        modelName: modelDisplayName(model, modelIndex),
        value: result.value,
        result,
      },
    ];
  });
  if (standings.length === 0) return undefined;
  const direction = metric.higherIsBetter ? -1 : 1;
  standings.sort((left, right) => direction * (left.value - right.value));
  const metricIndex = report.problem.metrics.indexOf(metric);
  return { metric, metricName: metricDisplayName(metric, metricIndex), split, standings };
}
