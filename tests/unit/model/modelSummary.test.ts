import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import {
  deriveModelSummary,
  describeMethod,
  describeTrainingLength,
  effectiveBatchSize,
  modelDisplayName,
  modelSummaryColumns,
} from '@/model/modelSummary';
import type { Model } from '@/model/reportSchema';

function modelWith(
  overrides: Partial<Model>,
  hyperparameters: Partial<Model['hyperparameters']> = {},
): Model {
  const model = createEmptyModel('m1');
  return {
    ...model,
    ...overrides,
    hyperparameters: { ...model.hyperparameters, ...hyperparameters },
  };
}

describe('deriveModelSummary', () => {
  it('derives the seed table from the example model cards', () => {
    expect(modelSummaryColumns.map((column) => column.label)).toEqual([
      'Model',
      'Method',
      'Dataset',
      'Epochs / steps',
      'Learning rate',
    ]);
    expect(deriveModelSummary(createExampleReport())).toEqual([
      {
        modelId: 'model-a',
        model: 'Model A',
        method: 'LoRA',
        dataset: 'Banking77',
        epochs: '5',
        learningRate: '2e-4',
      },
      {
        modelId: 'model-b',
        model: 'Model B',
        method: 'Full fine-tuning',
        dataset: 'Banking77',
        epochs: '6',
        learningRate: '2e-5',
      },
      {
        modelId: 'model-c',
        model: 'Model C',
        method: 'Adapter',
        dataset: 'Banking77',
        epochs: '10',
        learningRate: '1e-4',
      },
      {
        modelId: 'model-d',
        model: 'Model D',
        method: 'QLoRA',
        dataset: 'Banking77',
        epochs: '4',
        learningRate: '1e-4',
      },
    ]);
  });
});

describe('model descriptions', () => {
  it('names an unnamed model by its position', () => {
    expect(modelDisplayName(modelWith({ name: '  ' }), 2)).toBe('Model 3');
    expect(modelDisplayName(modelWith({ name: 'Baseline' }), 2)).toBe('Baseline');
  });

  it('describes an "other" method by what the user typed', () => {
    expect(describeMethod(modelWith({ method: 'other', methodOther: 'IA3' }))).toBe('IA3');
    expect(describeMethod(modelWith({ method: 'other', methodOther: '' }))).toBe('Other');
    expect(describeMethod(modelWith({ method: 'prefix-tuning' }))).toBe('Prefix tuning');
  });

  it('gives epochs, else steps, else nothing', () => {
    expect(describeTrainingLength(modelWith({}, { epochs: 2.5, maxSteps: 900 }), {})).toBe('2.5');
    expect(describeTrainingLength(modelWith({}, { maxSteps: 2000 }), {})).toBe('2000 steps');
    expect(describeTrainingLength(modelWith({}), {})).toBe('');
  });

  it('multiplies batch size, accumulation and devices', () => {
    expect(effectiveBatchSize(modelWith({}, { batchSize: 16, gradientAccumulation: 2 }), 4)).toBe(
      128,
    );
    expect(effectiveBatchSize(modelWith({}, { batchSize: 16 }), null)).toBe(16);
    expect(effectiveBatchSize(modelWith({}), 8)).toBeNull();
  });
});
