import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunImportParse } from '@/import/runImportTypes';
import { summarizeRunFile } from './support/runFileSummary';

function modelValues(parse: RunImportParse): Record<string, unknown> {
  return Object.fromEntries(
    parse.findings.flatMap((finding) =>
      finding.kind === 'model-field' ? [[finding.field, finding.value]] : [],
    ),
  );
}

describe('optimizer settings from training arguments', () => {
  it('gives the optimizer by name and its β, ε and max grad norm their own fields', () => {
    const parse = parseRunFiles([
      {
        path: 'training_args.json',
        text: JSON.stringify({
          output_dir: 'out',
          learning_rate: 2e-4,
          optim: 'paged_adamw_8bit',
          adam_beta1: 0.9,
          adam_beta2: 0.95,
          adam_epsilon: 1e-6,
          max_grad_norm: 0.3,
        }),
      },
    ]);
    expect(modelValues(parse)).toEqual({
      'hyperparameters.learningRate': 2e-4,
      'hyperparameters.optimizer': 'paged_adamw_8bit',
      'hyperparameters.adamBeta1': 0.9,
      'hyperparameters.adamBeta2': 0.95,
      'hyperparameters.adamEpsilon': 1e-6,
      'hyperparameters.maxGradNorm': 0.3,
    });
  });

  it('leaves β and ε out for an optimizer that has none, keeping max grad norm', () => {
    const parse = parseRunFiles([
      {
        path: 'training_args.json',
        text: JSON.stringify({
          output_dir: 'out',
          learning_rate: 0.1,
          optim: 'OptimizerNames.SGD',
          adam_beta1: 0.9,
          adam_beta2: 0.999,
          adam_epsilon: 1e-8,
          max_grad_norm: 1.0,
        }),
      },
    ]);
    expect(modelValues(parse)).toEqual({
      'hyperparameters.learningRate': 0.1,
      'hyperparameters.optimizer': 'sgd',
      'hyperparameters.maxGradNorm': 1,
    });
    expect(parse.warnings).toEqual([]);
  });

  it('takes β and ε from arguments older than `optim`, when the Trainer always used AdamW', () => {
    const parse = parseRunFiles([
      {
        path: 'training_args.json',
        text: JSON.stringify({
          output_dir: 'out',
          learning_rate: 5e-5,
          adam_beta1: 0.9,
          adam_beta2: 0.999,
          adam_epsilon: 1e-8,
          max_grad_norm: 1.0,
        }),
      },
    ]);
    expect(modelValues(parse)).toMatchObject({
      'hyperparameters.adamBeta1': 0.9,
      'hyperparameters.adamBeta2': 0.999,
      'hyperparameters.adamEpsilon': 1e-8,
    });
  });

  it('skips values no Adam could have (β of 1 or more, ε of 0)', () => {
    const parse = parseRunFiles([
      {
        path: 'training_args.json',
        text: '{"output_dir": "o", "learning_rate": 1e-5, "optim": "adamw_torch", "adam_beta1": 1.2, "adam_beta2": 0.999, "adam_epsilon": 0}',
      },
    ]);
    expect(modelValues(parse)).toEqual({
      'hyperparameters.learningRate': 1e-5,
      'hyperparameters.optimizer': 'adamw_torch',
      'hyperparameters.adamBeta2': 0.999,
    });
  });
});

describe('optimizer settings from hyperparameter files', () => {
  it("reads Lightning's gradient_clip_val as max grad norm", () => {
    const [file] = parseRunFiles([
      {
        path: 'lightning_logs/version_0/hparams.yaml',
        text: 'lr: 0.001\ngradient_clip_val: 0.5\n',
      },
    ]).files;
    expect(file === undefined ? {} : summarizeRunFile(file).model).toEqual({
      'hyperparameters.learningRate': 0.001,
      'hyperparameters.maxGradNorm': 0.5,
    });
  });

  it('drops Adam β and ε another file gives when the optimizer is not an Adam variant, and says so', () => {
    const run = 'mlruns/1/5f0c3e9a7d21b48c6e3f92a1d7b04c58/params';
    const parse = parseRunFiles([
      { path: `${run}/optimizer`, text: 'adafactor' },
      { path: `${run}/adam_beta2`, text: '0.999' },
      { path: `${run}/max_grad_norm`, text: '1.0' },
    ]);
    expect(modelValues(parse)).toEqual({
      'hyperparameters.optimizer': 'adafactor',
      'hyperparameters.maxGradNorm': 1,
    });
    expect(parse.warnings).toContain(
      `Adam β1, β2 and ε left out: the optimizer is adafactor (${run}/optimizer), not an Adam variant.`,
    );
  });
});
