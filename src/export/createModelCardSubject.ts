import { modelDisplayName } from '@/model/modelSummary';
import type { Dataset, Model, Report } from '@/model/reportSchema';
import { chooseModelCardModel } from './chooseModelCardModel';
import type { ModelCardSubject } from './modelCardSubject';

/** The datasets of Experimental setup that the model's Dataset field names, by name. */
function datasetsOf(report: Report, model: Model | undefined): Dataset[] {
  const { datasets } = report.setup;
  const named = model?.dataset.trim().toLowerCase() ?? '';
  const matching = datasets.filter(
    (dataset) => named !== '' && dataset.name.trim().toLowerCase() === named,
  );
  if (matching.length > 0 || model === undefined) return matching;
  return datasets.length === 1 && named === '' ? datasets : [];
}

/** What a card for `modelId` is about; an unknown or undefined id picks the default model. */
export function createModelCardSubject(
  report: Report,
  modelId: string | undefined,
): ModelCardSubject {
  const { models } = report.models;
  const model =
    models.find((candidate) => candidate.id === modelId) ?? chooseModelCardModel(report);
  return {
    report,
    model,
    modelName: model === undefined ? 'Model' : modelDisplayName(model, models.indexOf(model)),
    datasets: datasetsOf(report, model),
  };
}
