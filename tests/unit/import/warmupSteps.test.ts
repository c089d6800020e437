import { describe, expect, it } from 'vitest';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ModelFieldFinding, RunImportParse } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';

function parseTrainingArguments(values: Record<string, unknown>): RunImportParse {
  return parseRunFiles([
    {
      path: 'training_args.json',
      text: JSON.stringify({ output_dir: 'out', learning_rate: 2e-4, ...values }),
    },
  ]);
}

function warmupOf(parse: RunImportParse): Pick<ModelFieldFinding, 'value' | 'source'> | undefined {
  const finding = parse.findings.find(
    (candidate) => candidate.kind === 'model-field' && candidate.field === 'hyperparameters.warmup',
  );
  return finding?.kind === 'model-field'
    ? { value: finding.value, source: finding.source }
    : undefined;
}

describe('warmup from training arguments', () => {
  it('reads a transformers 5 warmup_steps below 1 as the ratio of total steps', () => {
    expect(warmupOf(parseTrainingArguments({ warmup_steps: 0.03 }))).toEqual({
      value: '3 % of steps (ratio 0.03)',
      source: { file: 'training_args.json', key: 'warmup_steps' },
    });
  });

  it('gives that ratio the same text a transformers 4 warmup_ratio gives', () => {
    const fromSteps = warmupOf(parseTrainingArguments({ warmup_steps: 0.1 }));
    const fromRatio = warmupOf(parseTrainingArguments({ warmup_steps: 0, warmup_ratio: 0.1 }));
    expect(fromSteps?.value).toBe('10 % of steps (ratio 0.1)');
    expect(fromRatio).toEqual({
      value: '10 % of steps (ratio 0.1)',
      source: { file: 'training_args.json', key: 'warmup_ratio' },
    });
  });

  it('keeps a whole number of warmup steps as steps, however it is written', () => {
    expect(warmupOf(parseTrainingArguments({ warmup_steps: 100 }))).toEqual({
      value: '100 steps',
      source: { file: 'training_args.json', key: 'warmup_steps' },
    });
    expect(warmupOf(parseTrainingArguments({ warmup_steps: 1.0 }))?.value).toBe('1 steps');
  });

  it('lets exact warmup steps win over a warmup_ratio, as transformers 4 does', () => {
    expect(warmupOf(parseTrainingArguments({ warmup_steps: 50, warmup_ratio: 0.03 }))?.value).toBe(
      '50 steps',
    );
  });

  it('reads the ratio from arguments printed to a log too', () => {
    const parse = parseRunFiles([
      {
        path: 'train.log',
        text: 'TrainingArguments(\n_n_gpu=1,\nlearning_rate=0.0002,\noutput_dir=out,\nwarmup_steps=0.05,\n)\n',
      },
    ]);
    expect(warmupOf(parse)?.value).toBe('5 % of steps (ratio 0.05)');
  });

  it('proposes the ratio text for the model', () => {
    const changes = buildRunImportProposal(
      parseTrainingArguments({ warmup_steps: 0.03 }),
      createEmptyReport('report-1'),
      { newModelName: 'Model A' },
    );
    expect(changes.find((change) => change.id === 'model:hyperparameters.warmup')).toMatchObject({
      targetLabel: 'Model A › Warmup',
      newValue: '3 % of steps (ratio 0.03)',
      source: { file: 'training_args.json', key: 'warmup_steps' },
    });
  });
});
