import { modelDisplayName } from '@/model/modelSummary';
import type { Report } from '@/model/reportSchema';
import { chooseModelCardModel } from './chooseModelCardModel';
import { listModelCardProblems } from './listModelCardProblems';
import { sanitizeReportText } from './sanitizeReportText';
import type { ModelCardProblem } from './modelCardProblem';

export interface ModelCardChoices {
  models: { id: string; name: string }[];
  /** The model the card describes; the default is the best on the primary metric. */
  modelId: string | undefined;
  problems: ModelCardProblem[];
}

/** What the model card dialog offers: the models to pick from and what the card would leave out. */
export function describeModelCardChoices(
  unsafeReport: Report,
  modelId: string | undefined,
): ModelCardChoices {
  const report = sanitizeReportText(unsafeReport);
  const models = report.models.models.map((model, index) => ({
    id: model.id,
    name: modelDisplayName(model, index),
  }));
  const chosen = models.some((model) => model.id === modelId)
    ? modelId
    : chooseModelCardModel(report)?.id;
  return { models, modelId: chosen, problems: listModelCardProblems(report, chosen) };
}
