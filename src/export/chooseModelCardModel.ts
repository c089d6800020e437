import { primaryMetricStandings } from '@/model/primaryMetricStandings';
import type { Model, Report } from '@/model/reportSchema';

/**
 * The model a model card describes unless the user picks another: the best on the primary metric,
 * else the one the conclusion recommends, else the first.
 */
export function chooseModelCardModel(report: Report): Model | undefined {
  const { models } = report.models;
  const bestId =
    primaryMetricStandings(report)?.standings[0]?.modelId ?? report.conclusion.bestModelId;
  return models.find((model) => model.id === bestId) ?? models[0];
}
