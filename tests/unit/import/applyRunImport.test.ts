import { describe, expect, it } from 'vitest';
import { applyRunImport } from '@/import/applyRunImport';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ProposedChange } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { reportSchema, type Report } from '@/model/reportSchema';
import { readRunFixture } from './support/readRunFixture';
import { parseQloraRunFolder } from './support/runFolderParse';

const idPattern = /^[A-Za-z0-9_-]{1,64}$/u;
const runFolder = parseQloraRunFolder();

function counterIds(prefix = 'id'): () => string {
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}${counter}`;
  };
}

function allIds(report: Report): string[] {
  return [
    ...report.models.models.map((entry) => entry.id),
    ...report.problem.metrics.map((entry) => entry.id),
    ...report.setup.libraryVersions.map((entry) => entry.id),
    ...report.setup.loggingTools.map((entry) => entry.id),
    ...report.results.metricResults.map((entry) => entry.id),
    ...report.results.plots.flatMap((plot) => [plot.id, ...plot.series.map((series) => series.id)]),
  ];
}

describe('applyRunImport onto a blank report with a new model', () => {
  const report = createEmptyReport('report-1');
  const changes = buildRunImportProposal(runFolder, report, { newModelName: 'Llama 3 QLoRA' });
  const applied = applyRunImport(report, changes, counterIds());

  it('passes the report schema', () => {
    expect(reportSchema.parse(applied)).toEqual(applied);
  });

  it('creates the model once, with every ticked value', () => {
    expect(applied.models.models).toHaveLength(1);
    const [model] = applied.models.models;
    expect(model).toMatchObject({
      id: 'id1',
      name: 'Llama 3 QLoRA',
      architecture: 'meta-llama/Meta-Llama-3-8B',
      method: 'qlora',
      lora: { rank: 16, alpha: 32, dropout: 0.05, targetModules: 'q_proj, k_proj, v_proj, o_proj' },
      quantization: { bits: 4, type: 'nf4', doubleQuantization: true, computeDtype: 'bfloat16' },
      hyperparameters: {
        batchSize: 4,
        gradientAccumulation: 4,
        epochs: 3,
        maxSteps: null,
        learningRate: 2e-4,
        scheduler: 'cosine',
        warmup: '3 % of steps (ratio 0.03)',
        optimizer: 'paged_adamw_32bit',
        adamBeta1: 0.9,
        adamBeta2: 0.999,
        adamEpsilon: 1e-8,
        weightDecay: 0.001,
        maxGradNorm: 0.3,
        precision: 'bf16',
        maxSequenceLength: 1024,
      },
      measured: { wallClockHours: 0.5095, gpuHours: 1.019, peakGpuMemoryGigabytes: 22.27 },
    });
  });

  it('fills the setup, library versions and logging tools', () => {
    expect(applied.setup).toMatchObject({
      gpuType: 'NVIDIA A100-SXM4-80GB',
      gpuCount: 2,
      framework: 'PyTorch',
      frameworkVersion: '2.4.1',
      cudaVersion: '12.1',
      seeds: '42',
    });
    expect(
      applied.setup.libraryVersions.map((library) => `${library.name} ${library.version}`),
    ).toEqual([
      'transformers 4.46.2',
      'accelerate 1.1.1',
      'bitsandbytes 0.44.1',
      'datasets 3.1.0',
      'deepspeed 0.15.4',
      'numpy 1.26.4',
      'peft 0.13.2',
      'tokenizers 0.20.3',
      'trl 0.12.1',
      'wandb 0.18.7',
    ]);
    expect(applied.setup.loggingTools.map((tool) => tool.tool)).toEqual([
      'Weights & Biases',
      'TensorBoard',
    ]);
    expect(applied.problem.taskType).toBe('classification');
  });

  it('adds the metrics the results name and one result per metric and split', () => {
    expect(applied.problem.metrics.map((metric) => [metric.name, metric.higherIsBetter])).toEqual([
      ['Accuracy', true],
      ['Loss', false],
    ]);
    const names = new Map(applied.problem.metrics.map((metric) => [metric.id, metric.name]));
    expect(
      applied.results.metricResults.map((result) => [
        names.get(result.metricId),
        result.split,
        result.value,
        result.modelId,
      ]),
    ).toEqual([
      ['Accuracy', 'validation', 0.724, 'id1'],
      ['Loss', 'validation', 1.418, 'id1'],
      ['Accuracy', 'test', 0.718, 'id1'],
      ['Loss', 'test', 1.433, 'id1'],
    ]);
  });

  it('adds one loss-curve plot with the training and validation loss of the new model', () => {
    const lossPlots = applied.results.plots.filter((plot) => plot.kind === 'loss-curve');
    expect(lossPlots).toHaveLength(1);
    expect(lossPlots[0]).toMatchObject({
      title: 'Training and validation loss',
      xLabel: 'Step',
      yLabel: 'Loss',
      caption: 'Logged values from trainer_state.json.',
    });
    expect(
      lossPlots[0]?.series.map((series) => [series.label, series.modelId, series.points.length]),
    ).toEqual([
      ['Llama 3 QLoRA training loss', 'id1', 9],
      ['Llama 3 QLoRA validation loss', 'id1', 3],
    ]);
    expect(applied.results.plots.map((plot) => plot.title)).toEqual([
      'Training and validation loss',
      'Accuracy during training',
    ]);
  });

  it('gives every new entry a valid, unique id', () => {
    const ids = allIds(applied);
    expect(ids.every((id) => idPattern.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not change the report it was given', () => {
    expect(report).toEqual(createEmptyReport('report-1'));
  });
});

describe('applyRunImport applies only ticked changes', () => {
  const report = createEmptyReport('report-1');
  const proposal = buildRunImportProposal(runFolder, report, { newModelName: 'M' });

  it('applies nothing when nothing is ticked', () => {
    const none = proposal.map((change) => ({ ...change, accepted: false }));
    expect(applyRunImport(report, none, counterIds())).toEqual(report);
  });

  it('skips an unticked value and keeps the rest', () => {
    const changes = proposal.map((change) =>
      change.id === 'model:hyperparameters.learningRate' || change.id === 'plot:loss-curve'
        ? { ...change, accepted: false }
        : change,
    );
    const applied = applyRunImport(report, changes, counterIds());
    expect(applied.models.models[0]?.hyperparameters.learningRate).toBeNull();
    expect(applied.models.models[0]?.hyperparameters.epochs).toBe(3);
    expect(applied.results.plots.some((plot) => plot.kind === 'loss-curve')).toBe(false);
  });

  it('applies a ticked hint (the task type) when the user ticks it', () => {
    const changes = proposal.map((change) =>
      change.id === 'report:problem.taskType' ? { ...change, accepted: true } : change,
    );
    expect(applyRunImport(report, changes, counterIds()).problem.taskType).toBe('generation');
  });

  it('creates no model when only setup values are ticked', () => {
    const changes = proposal.map((change) => ({
      ...change,
      accepted: change.sectionId === 'setup',
    }));
    const applied = applyRunImport(report, changes, counterIds());
    expect(applied.models.models).toEqual([]);
    expect(applied.setup.gpuType).toBe('NVIDIA A100-SXM4-80GB');
    expect(reportSchema.safeParse(applied).success).toBe(true);
  });
});

describe('applyRunImport onto an existing model', () => {
  const report = createExampleReport();
  const proposal = buildRunImportProposal(runFolder, report, { modelId: 'model-a' });
  const tickAll = (changes: readonly ProposedChange[]) =>
    changes.map((change) => ({ ...change, accepted: true }));

  it('replaces ticked conflicts, updates library versions in place and joins the loss plot', () => {
    const applied = applyRunImport(report, tickAll(proposal), counterIds('new'));
    expect(reportSchema.parse(applied)).toEqual(applied);
    expect(applied.models.models).toHaveLength(4);
    expect(applied.models.models[0]?.hyperparameters.batchSize).toBe(4);
    const transformers = applied.setup.libraryVersions.filter(
      (library) => library.name === 'transformers',
    );
    expect(transformers).toEqual([
      { id: 'lib-transformers', name: 'transformers', version: '4.46.2' },
    ]);
    const lossPlot = applied.results.plots.find((plot) => plot.id === 'plot-loss-curves');
    expect(lossPlot?.series.slice(-2).map((series) => [series.label, series.modelId])).toEqual([
      ['Model A training loss', 'model-a'],
      ['Model A validation loss', 'model-a'],
    ]);
    expect(applied.results.plots.filter((plot) => plot.kind === 'loss-curve')).toHaveLength(1);
    const accuracy = applied.problem.metrics.find((metric) => metric.name === 'Accuracy');
    const results = applied.results.metricResults.filter(
      (result) => result.modelId === 'model-a' && result.metricId === accuracy?.id,
    );
    expect(results.map((result) => [result.split, result.value])).toEqual([
      ['validation', 0.724],
      ['test', 0.718],
    ]);
    expect(applied.problem.metrics).toHaveLength(report.problem.metrics.length);
  });

  it('adds nothing twice when the same files are imported again', () => {
    const once = applyRunImport(report, tickAll(proposal), counterIds('first'));
    const again = buildRunImportProposal(runFolder, once, { modelId: 'model-a' });
    expect(again).toEqual([]);
    const twice = applyRunImport(once, tickAll(again), counterIds('second'));
    expect(twice.setup.libraryVersions).toEqual(once.setup.libraryVersions);
    expect(twice.setup.loggingTools).toEqual(once.setup.loggingTools);
    expect(twice.results.metricResults).toEqual(once.results.metricResults);
    expect(twice.results.plots).toEqual(once.results.plots);
    expect(reportSchema.safeParse(twice).success).toBe(true);
  });
});

describe('applyRunImport ids', () => {
  it('replaces ids that break the pattern or repeat', () => {
    const parse = parseRunFiles([readRunFixture('own/hf-qlora-run/requirements.txt')]);
    const changes = buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'M' });
    const applied = applyRunImport(createEmptyReport('r'), changes, () => 'not valid!/'.repeat(10));
    const ids = applied.setup.libraryVersions.map((library) => library.id);
    expect(ids.every((id) => idPattern.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(reportSchema.safeParse(applied).success).toBe(true);
  });
});
