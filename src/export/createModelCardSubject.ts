import { modelDisplayName } from '@/model/modelSummary';
import { findModelDatasets } from '@/model/findModelDatasets';
import type { Report } from '@/model/reportSchema';
import { chooseModelCardModel } from './chooseModelCardModel';
import type { ModelCardSubject } from './modelCardSubject';

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
    datasets: findModelDatasets(report, model),
  };
}
