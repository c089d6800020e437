import { describe, expect, it } from 'vitest';
import { createEmptyModel } from '@/model/createEmptyReport';
import { isFieldRequiredNow, type AnyFieldSpec } from '@/model/fieldSpec';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';

function hyperparameterSpec(key: string): AnyFieldSpec {
  const spec = fieldSpecAtPath(`models.models.hyperparameters.${key}`);
  if (spec === undefined) throw new Error(`no spec for ${key}`);
  return spec;
}

const epochs = hyperparameterSpec('epochs');
const learningRate = hyperparameterSpec('learningRate');
const maxSteps = hyperparameterSpec('maxSteps');

describe('isFieldRequiredNow', () => {
  const hyperparameters = createEmptyModel('m1').hyperparameters;

  it('is true for a required field that nothing else satisfies', () => {
    expect(isFieldRequiredNow(epochs, hyperparameters)).toBe(true);
    expect(isFieldRequiredNow(learningRate, hyperparameters)).toBe(true);
  });

  it('is false for Epochs once Max steps is given, and again true when it is cleared', () => {
    const bySteps = { ...hyperparameters, maxSteps: 1875 };
    expect(isFieldRequiredNow(epochs, bySteps)).toBe(false);
    expect(isFieldRequiredNow(learningRate, bySteps)).toBe(true);
    expect(isFieldRequiredNow(epochs, { ...bySteps, maxSteps: null })).toBe(true);
  });

  it('is false for fields that are not required', () => {
    expect(isFieldRequiredNow(maxSteps, hyperparameters)).toBe(false);
  });
});
