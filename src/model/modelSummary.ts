import { describeTypedNumber } from './describeTypedNumber';
import { joinFieldPath, listItemSegment } from './fieldPath';
import type { Model, Report, TypedNumbers } from './reportSchema';
import { fineTuningMethodOptions } from './sectionRegistry';

export interface ModelSummaryRow {
  modelId: string;
  model: string;
  method: string;
  dataset: string;
  epochs: string;
  learningRate: string;
}

export const modelSummaryColumns = [
  { key: 'model', label: 'Model' },
  { key: 'method', label: 'Method' },
  { key: 'dataset', label: 'Dataset' },
  { key: 'epochs', label: 'Epochs / steps' },
  { key: 'learningRate', label: 'Learning rate' },
] as const satisfies readonly { key: keyof ModelSummaryRow; label: string }[];

export function describeMethod(model: Model): string {
  if (model.method === 'other')
    return model.methodOther.trim() === '' ? 'Other' : model.methodOther;
  return (
    fineTuningMethodOptions.find((option) => option.value === model.method)?.label ?? model.method
  );
}

function describeHyperparameter(
  typedNumbers: TypedNumbers,
  model: Model,
  key: 'epochs' | 'maxSteps' | 'learningRate',
): string {
  const path = joinFieldPath('models', listItemSegment('models', model.id), 'hyperparameters', key);
  return describeTypedNumber(typedNumbers[path], model.hyperparameters[key]);
}

export function describeTrainingLength(model: Model, typedNumbers: TypedNumbers): string {
  const { epochs, maxSteps } = model.hyperparameters;
  if (epochs !== null) return describeHyperparameter(typedNumbers, model, 'epochs');
  if (maxSteps !== null) return `${describeHyperparameter(typedNumbers, model, 'maxSteps')} steps`;
  return '';
}

export function modelDisplayName(model: Model, index: number): string {
  return model.name.trim() === '' ? `Model ${index + 1}` : model.name;
}

/** The seed's Model / Method / Dataset / Epochs / Learning rate table, derived from the model cards. */
export function deriveModelSummary(report: Report): ModelSummaryRow[] {
  return report.models.models.map((model, index) => ({
    modelId: model.id,
    model: modelDisplayName(model, index),
    method: describeMethod(model),
    dataset: model.dataset,
    epochs: describeTrainingLength(model, report.typedNumbers),
    learningRate: describeHyperparameter(report.typedNumbers, model, 'learningRate'),
  }));
}

export function effectiveBatchSize(model: Model, deviceCount: number | null): number | null {
  const { batchSize, gradientAccumulation } = model.hyperparameters;
  if (batchSize === null) return null;
  return batchSize * (gradientAccumulation ?? 1) * (deviceCount ?? 1);
}
