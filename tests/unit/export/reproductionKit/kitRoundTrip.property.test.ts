import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReproductionKit } from '@/export/reproductionKit/buildReproductionKit';
import { readWarmup } from '@/export/reproductionKit/readWarmup';
import { trainingArgumentDefaults } from '@/export/reproductionKit/trainingArgumentDefaults';
import { applyRunImport } from '@/import/applyRunImport';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import type { Model, Report } from '@/model/reportSchema';
import { buildKitReport, kitReportSpec } from './kitReports';

/** The files Import run files reads: a model's JSON configs and the shared requirements.txt. */
function importModelFolder(report: Report, modelIndex: number): Report {
  const kit = buildReproductionKit(report);
  // Each model's folder, in the report's order: models/<name>/training_args.json.
  const folders = kit.files
    .filter((file) => file.path.endsWith('/training_args.json'))
    .map((file) => file.path.slice(0, -'/training_args.json'.length));
  const modelFolder = folders[modelIndex] ?? '';
  const files = kit.files.filter(
    (file) =>
      file.path === 'requirements.txt' ||
      (file.path.startsWith(`${modelFolder}/`) && !file.path.endsWith('/run_config.json')),
  );
  const parse = parseRunFiles(
    files.map((file) => ({ path: `reproduction-kit/${file.path}`, text: file.text })),
  );
  const blank = createEmptyReport('blank');
  const changes = buildRunImportProposal(parse, blank, { newModelName: 'Imported' });
  let next = 0;
  return applyRunImport(blank, changes, () => `imported-${(next += 1)}`);
}

/** A value the kit leaves out because it is the default comes back empty, or as the default. */
function expectCarried(actual: unknown, expected: unknown, fallback: unknown, what: string): void {
  if (expected === fallback || expected === null)
    expect([null, '', fallback], what).toContainEqual(actual);
  else expect(actual, what).toEqual(expected);
}

function expectModelCarried(original: Model, imported: Model): void {
  const { hyperparameters: wanted } = original;
  const { hyperparameters: got } = imported;
  const defaults = trainingArgumentDefaults;
  expectCarried(got.learningRate, wanted.learningRate, defaults.learning_rate, 'learning rate');
  if (wanted.maxSteps !== null) expect(got.maxSteps, 'max steps').toBe(wanted.maxSteps);
  else expectCarried(got.epochs, wanted.epochs, defaults.num_train_epochs, 'epochs');
  expectCarried(
    got.batchSize,
    wanted.batchSize,
    defaults.per_device_train_batch_size,
    'batch size',
  );
  expectCarried(
    got.gradientAccumulation,
    wanted.gradientAccumulation,
    defaults.gradient_accumulation_steps,
    'gradient accumulation',
  );
  expectCarried(got.scheduler, wanted.scheduler, defaults.lr_scheduler_type, 'scheduler');
  const warmupOf = (text: string) => readWarmup(text) ?? { kind: 'none' };
  expect(warmupOf(got.warmup), 'warmup').toEqual(warmupOf(wanted.warmup));
  expect(got.optimizer, 'optimizer').toBe(wanted.optimizer);
  if (wanted.optimizer === '' || wanted.optimizer.includes('adam')) {
    expectCarried(got.adamBeta1, wanted.adamBeta1, defaults.adam_beta1, 'Adam β1');
    expectCarried(got.adamBeta2, wanted.adamBeta2, defaults.adam_beta2, 'Adam β2');
    expectCarried(got.adamEpsilon, wanted.adamEpsilon, defaults.adam_epsilon, 'Adam ε');
  }
  expectCarried(got.weightDecay, wanted.weightDecay, defaults.weight_decay, 'weight decay');
  expectCarried(got.maxGradNorm, wanted.maxGradNorm, defaults.max_grad_norm, 'max grad norm');
  expectCarried(got.precision, wanted.precision, 'fp32', 'precision');
  expect(imported.selection.selectionCriterion, 'selection').toBe(
    original.selection.selectionCriterion,
  );
  if (original.method !== 'full') {
    expect(imported.method, 'method').toBe(original.method);
    expect(imported.baseModelHubId, 'base model').toBe(original.baseModelHubId);
    expect(imported.lora, 'LoRA settings').toEqual(original.lora);
  }
  if (original.method === 'qlora')
    expect(imported.quantization, 'quantization').toEqual(original.quantization);
}

function expectSetupCarried(report: Report, imported: Report): void {
  const seeds = report.setup.seeds.split(', ').filter((seed) => seed !== '');
  expect(imported.setup.seeds, 'seed').toBe(seeds[0] ?? '42');
  expect(imported.setup.framework, 'framework').toBe('PyTorch');
  expect(imported.setup.frameworkVersion, 'torch').toBe(report.setup.frameworkVersion);
  if (report.setup.cudaVersion !== '')
    expect(imported.setup.cudaVersion, 'CUDA').toBe(report.setup.cudaVersion);
  const importedVersions = new Map(
    imported.setup.libraryVersions.map((library) => [library.name, library.version]),
  );
  for (const library of report.setup.libraryVersions)
    expect(importedVersions.get(library.name), library.name).toBe(library.version);
}

describe('the reproduction kit read back by Import run files', () => {
  it('proposes exactly the report’s values for every model (generated reports)', () => {
    fc.assert(
      fc.property(kitReportSpec, (spec) => {
        const report = buildKitReport(spec);
        for (const [index, model] of report.models.models.entries()) {
          const imported = importModelFolder(report, index);
          const importedModel = imported.models.models[0];
          if (importedModel === undefined) throw new Error(`${model.name}: no model imported`);
          expectModelCarried(model, importedModel);
          expectSetupCarried(report, imported);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads back a model whose every value but the step count is the Trainer’s default', () => {
    const report = createExampleReport();
    const model = report.models.models[0] as Model;
    const defaults: Model = {
      ...model,
      method: 'full',
      hyperparameters: {
        ...model.hyperparameters,
        learningRate: 5e-5,
        batchSize: 8,
        gradientAccumulation: null,
        epochs: null,
        maxSteps: 1,
        scheduler: '',
        optimizer: '',
        adamBeta1: null,
        adamBeta2: null,
        adamEpsilon: null,
        weightDecay: null,
        maxGradNorm: null,
      },
    };
    const imported = importModelFolder(
      { ...report, models: { ...report.models, models: [defaults] } },
      0,
    );
    expect(imported.models.models[0]?.hyperparameters.maxSteps).toBe(1);
  });

  it('gives back the example’s LoRA and QLoRA models', () => {
    const example = createExampleReport();
    const qlora = importModelFolder(example, 3).models.models[0];
    expect(qlora?.method).toBe('qlora');
    expect(qlora?.lora).toEqual(example.models.models[3]?.lora);
    expect(qlora?.hyperparameters.optimizer).toBe('paged_adamw_32bit');
  });
});
