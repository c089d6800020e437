import { describe, expect, it } from 'vitest';
import { parseRunFiles } from '@/import/parseRunFiles';
import { expectRunFile } from './support/expectRunFile';
import { fixtureExpectations } from './support/fixtureExpectations';
import { listFiles, readRunFixture, runFixturesRoot } from './support/readRunFixture';

const paths = listFiles(runFixturesRoot).filter(
  (path) => path !== 'ATTRIBUTION.md' && path !== '.gitattributes',
);
const parse = parseRunFiles(paths.map(readRunFixture));

describe('every run-file fixture, each format detected from its content', () => {
  it('has expectations for exactly the fixture files', () => {
    expect([...paths].sort()).toEqual(Object.keys(fixtureExpectations).sort());
  });

  it.each(paths)('%s', (path) => {
    const result = parse.files.find((file) => file.path === path);
    const expected = fixtureExpectations[path];
    expect(result).toBeDefined();
    expect(expected).toBeDefined();
    if (result !== undefined && expected !== undefined) expectRunFile(result, expected);
  });

  it('covers every format the importers know', () => {
    const formats = new Set(parse.files.map((file) => file.format));
    expect([...formats].filter((format) => format !== null).sort()).toEqual([
      'conda-environment',
      'hf-model-config',
      'hf-results',
      'hf-trainer-state',
      'hf-training-arguments',
      'lightning-hparams',
      'lightning-metrics-csv',
      'mlflow-meta',
      'mlflow-metric',
      'mlflow-param',
      'mlflow-tag',
      'nvidia-smi',
      'peft-adapter-config',
      'pip-requirements',
      'tensorboard-csv',
      'tensorboard-json',
      'torch-collect-env',
      'wandb-config',
      'wandb-metadata',
      'wandb-panel-csv',
      'wandb-summary',
    ]);
  });
});

describe('detection uses content, not file names', () => {
  it.each([
    ['own/hf-qlora-run/trainer_state.json', 'hf-trainer-state'],
    ['own/hf-qlora-run/training_args.json', 'hf-training-arguments'],
    ['own/hf-qlora-run/adapter_config.json', 'peft-adapter-config'],
    ['own/hf-qlora-run/nvidia-smi.txt', 'nvidia-smi'],
    ['own/hf-qlora-run/gpu-memory.csv', 'nvidia-smi'],
    ['own/hf-qlora-run/requirements.txt', 'pip-requirements'],
    ['own/environment/collect_env.txt', 'torch-collect-env'],
    ['own/wandb/wandb_export_2025-03-14T10_22_31.512+01_00.csv', 'wandb-panel-csv'],
    ['own/lightning/version_3/metrics.csv', 'lightning-metrics-csv'],
    ['own/wandb/config-old-custom.yaml', 'wandb-config'],
  ] as const)('%s renamed to upload-7.dat is still %s', (path, format) => {
    const { text } = readRunFixture(path);
    const [result] = parseRunFiles([{ path: 'upload-7.dat', text }]).files;
    expect(result?.format).toBe(format);
  });
});
