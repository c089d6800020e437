import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReproductionKit } from '@/export/reproductionKit/buildReproductionKit';
import { buildReproductionKitArchive } from '@/export/reproductionKit/buildReproductionKitArchive';
import { readWarmup } from '@/export/reproductionKit/readWarmup';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import type { Model, Report } from '@/model/reportSchema';
import { expectGolden } from '../support/expectGolden';

const example = createExampleReport();

function withModel(change: (model: Model) => Model, report: Report = example): Report {
  const [first, ...rest] = report.models.models;
  if (first === undefined) throw new Error('the example has models');
  return { ...report, models: { ...report.models, models: [change(first), ...rest] } };
}

function fileText(report: Report, path: string): string {
  const file = buildReproductionKit(report).files.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`no ${path} in the kit`);
  return file.text;
}

/** Debian's python3 in CI; a developer machine may have none, and says so. */
const python = spawnSync('python3', ['--version']).status === 0;

describe('buildReproductionKit', () => {
  it('writes the example as the golden kit, every file in order', () => {
    const kit = buildReproductionKit(example);
    expectGolden(
      kit.files.map((file) => `==== ${file.path}\n${file.text}`).join('\n'),
      'example.reproduction-kit.txt',
    );
  });

  it('lists only what the example lacks: a method the kit has no configuration for', () => {
    expect(buildReproductionKit(example).gaps.map((gap) => [gap.path, gap.fieldLabel])).toEqual([
      ['models.models#model-c.method', 'Method'],
    ]);
  });

  it('lists an optimizer that maps to no optim value, and leaves optim out', () => {
    const report = withModel((model) => ({
      ...model,
      hyperparameters: { ...model.hyperparameters, optimizer: 'Shampoo with grafting' },
    }));
    const gap = buildReproductionKit(report).gaps.find(
      (candidate) => candidate.path === 'models.models#model-a.hyperparameters.optimizer',
    );
    expect(gap?.location).toBe('Models and approach › Model A › Hyperparameters');
    expect(gap?.fieldLabel).toBe('Optimizer');
    expect(gap?.message).toBe(
      'The optimizer “Shampoo with grafting” maps to no optim value of transformers 4.47.1; the kit leaves optim to the Trainer’s default.',
    );
    expect(JSON.parse(fileText(report, 'models/model-a/training_args.json'))).not.toHaveProperty(
      'optim',
    );
  });

  it('lists a missing seed, and uses the Trainer’s 42', () => {
    const report: Report = { ...example, setup: { ...example.setup, seeds: '' } };
    const kit = buildReproductionKit(report);
    expect(kit.gaps.find((gap) => gap.path === 'setup.seeds')?.message).toBe(
      'No random seed; the kit uses the Trainer’s default, 42, which may not be what the runs used.',
    );
    expect(JSON.parse(fileText(report, 'models/model-a/training_args.json')).seed).toBe(42);
    expect(fileText(report, 'run.sh')).toContain('seeds=(42)');
    expect(fileText(report, 'README.md')).toContain(
      '- **Experimental setup › Random seeds**: No random seed;',
    );
  });

  it('lists a dataset without a revision and a library without a version', () => {
    const [banking, ...otherDatasets] = example.setup.datasets;
    if (banking === undefined) throw new Error('the example has datasets');
    const report: Report = {
      ...example,
      setup: {
        ...example.setup,
        datasets: [{ ...banking, revision: '' }, ...otherDatasets],
        libraryVersions: example.setup.libraryVersions.map((library) =>
          library.name === 'peft' ? { ...library, version: 'latest' } : library,
        ),
      },
    };
    const paths = buildReproductionKit(report).gaps.map((gap) => gap.path);
    expect(paths).toContain('setup.datasets#dataset-banking77.revision');
    expect(paths).toContain('setup.libraryVersions#lib-peft.version');
    expect(fileText(report, 'requirements.txt')).toMatch(/^peft$/mu);
  });

  it('lists a dataset it cannot find and a missing sequence length, both on Model A', () => {
    const report = withModel((model) => ({
      ...model,
      dataset: 'Internal tickets 2024',
      hyperparameters: { ...model.hyperparameters, maxSequenceLength: null },
    }));
    const paths = buildReproductionKit(report).gaps.map((gap) => gap.path);
    expect(paths).toContain('models.models#model-a.dataset');
    expect(paths).toContain('models.models#model-a.hyperparameters.maxSequenceLength');
    expect(JSON.parse(fileText(report, 'models/model-a/run_config.json'))).toMatchObject({
      dataset: 'Internal tickets 2024',
      dataset_revision: null,
      max_seq_length: null,
    });
  });

  it('names keys as the report’s transformers release does', () => {
    const release = (version: string): Report => ({
      ...example,
      setup: {
        ...example.setup,
        libraryVersions: example.setup.libraryVersions.map((library) =>
          library.name === 'transformers' ? { ...library, version } : library,
        ),
      },
    });
    const keys = (version: string): Record<string, unknown> =>
      JSON.parse(fileText(release(version), 'models/model-a/training_args.json'));
    expect(keys('4.38.2')).toMatchObject({ evaluation_strategy: 'epoch', warmup_ratio: 0.03 });
    expect(keys('4.47.1')).toMatchObject({ eval_strategy: 'epoch', warmup_ratio: 0.03 });
    expect(keys('5.18.0')).toMatchObject({ eval_strategy: 'epoch', warmup_steps: 0.03 });
    expect(keys('5.18.0')).not.toHaveProperty('report_to');
  });

  it('writes a blank report’s kit without throwing, every gap on a field', () => {
    const kit = buildReproductionKit(createEmptyReport('blank'));
    expect(kit.gaps.map((gap) => gap.path)).toContain('models.models');
    for (const gap of kit.gaps) expect(gap.location).not.toBe('');
  });

  it('packs every file under reproduction-kit/, run.sh executable', () => {
    const entries = unzipSync(buildReproductionKitArchive(example));
    const kit = buildReproductionKit(example);
    expect(Object.keys(entries).sort()).toEqual(
      kit.files.map((file) => `reproduction-kit/${file.path}`).sort(),
    );
    for (const file of kit.files)
      expect(strFromU8(entries[`reproduction-kit/${file.path}`] ?? new Uint8Array())).toBe(
        file.text,
      );
  });

  it('reads warmups as people write them', () => {
    expect(readWarmup('3 % of steps (42 steps)')).toEqual({ kind: 'ratio', ratio: 0.03 });
    expect(readWarmup('3 % of steps (ratio 0.03)')).toEqual({ kind: 'ratio', ratio: 0.03 });
    expect(readWarmup('500 steps')).toEqual({ kind: 'steps', steps: 500 });
    expect(readWarmup('0.1')).toEqual({ kind: 'ratio', ratio: 0.1 });
    expect(readWarmup('none')).toEqual({ kind: 'none' });
    expect(readWarmup('')).toBeUndefined();
    expect(readWarmup('linear for a while')).toBeNull();
  });

  it.skipIf(!python && process.env['CI'] !== 'true')(
    'writes a train.py Python compiles and a run.sh bash reads',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'reproduction-kit-'));
      try {
        writeFileSync(join(folder, 'train.py'), fileText(example, 'train.py'));
        writeFileSync(join(folder, 'run.sh'), fileText(example, 'run.sh'));
        execFileSync('python3', ['-m', 'py_compile', join(folder, 'train.py')]);
        execFileSync('bash', ['-n', join(folder, 'run.sh')]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
