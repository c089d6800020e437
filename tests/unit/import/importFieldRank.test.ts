import { describe, expect, it } from 'vitest';
import { importFieldRank } from '@/import/importFieldRank';
import type { ModelField, ReportField } from '@/import/runImportTypes';

// Keyed by the types, so a field an importer can fill that is missing here fails tsc.
const modelFieldsInFormOrder: { readonly [Field in ModelField]: true } = {
  architecture: true,
  baseModelHubId: true,
  parameterCount: true,
  trainableParameters: true,
  method: true,
  'lora.rank': true,
  'lora.alpha': true,
  'lora.dropout': true,
  'lora.targetModules': true,
  'quantization.bits': true,
  'quantization.type': true,
  'quantization.doubleQuantization': true,
  'quantization.computeDtype': true,
  'promptTuning.virtualTokens': true,
  'hyperparameters.batchSize': true,
  'hyperparameters.gradientAccumulation': true,
  'hyperparameters.epochs': true,
  'hyperparameters.maxSteps': true,
  'hyperparameters.learningRate': true,
  'hyperparameters.scheduler': true,
  'hyperparameters.warmup': true,
  'hyperparameters.optimizer': true,
  'hyperparameters.adamBeta1': true,
  'hyperparameters.adamBeta2': true,
  'hyperparameters.adamEpsilon': true,
  'hyperparameters.weightDecay': true,
  'hyperparameters.maxGradNorm': true,
  'hyperparameters.precision': true,
  'hyperparameters.maxSequenceLength': true,
  'selection.selectionCriterion': true,
  'measured.wallClockHours': true,
  'measured.gpuHours': true,
  'measured.peakGpuMemoryGigabytes': true,
};

const reportFieldsInFormOrder: { readonly [Field in ReportField]: true } = {
  'problem.taskType': true,
  'setup.gpuType': true,
  'setup.gpuCount': true,
  'setup.cpu': true,
  'setup.memory': true,
  'setup.framework': true,
  'setup.frameworkVersion': true,
  'setup.cudaVersion': true,
  'setup.operatingSystem': true,
  'setup.seeds': true,
  'setup.commitHash': true,
  'setup.containerImage': true,
  'appendix.repositoryUrl': true,
};

function isAscending(ranks: readonly number[]): boolean {
  return ranks.every((rank, index) => index === 0 || (ranks[index - 1] ?? rank) < rank);
}

describe('importFieldRank follows the section specs', () => {
  it('ranks every model field an importer fills in the order of the model card', () => {
    const fields = Object.keys(modelFieldsInFormOrder) as ModelField[];
    expect(isAscending(fields.map((field) => importFieldRank(field, 'model')))).toBe(true);
  });

  it('ranks every report field in section order, then form order', () => {
    const fields = Object.keys(reportFieldsInFormOrder) as ReportField[];
    expect(isAscending(fields.map((field) => importFieldRank(field, 'report')))).toBe(true);
  });

  it('places a group field right after the fields before its group', () => {
    expect(importFieldRank('lora.rank', 'model')).toBeGreaterThan(
      importFieldRank('method', 'model'),
    );
    expect(importFieldRank('lora.rank', 'model')).toBeLessThan(
      importFieldRank('quantization.bits', 'model'),
    );
  });

  it('refuses a path the registry does not have', () => {
    expect(() => importFieldRank('hyperparameters.momentum' as ModelField, 'model')).toThrow(
      'No field spec for hyperparameters.momentum',
    );
  });
});
