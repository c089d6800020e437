import { describe, expect, it } from 'vitest';
import { buildRunImportProposal } from '@/import/buildRunImportProposal';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { ProposedChange } from '@/import/runImportTypes';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { readRunFixture } from './support/readRunFixture';
import { parseQloraRunFolder } from './support/runFolderParse';

const runFolder = parseQloraRunFolder();

function byId(changes: readonly ProposedChange[], id: string): ProposedChange {
  const change = changes.find((candidate) => candidate.id === id);
  if (change === undefined)
    throw new Error(`no change ${id} in ${changes.map((entry) => entry.id).join(', ')}`);
  return change;
}

function row(change: ProposedChange): string {
  return `${change.accepted ? '[x]' : '[ ]'} ${change.sectionTitle} | ${change.targetLabel} | ${change.currentValue} → ${change.newValue}`;
}

describe('buildRunImportProposal for a new model on a blank report', () => {
  const changes = buildRunImportProposal(runFolder, createEmptyReport('report-1'), {
    newModelName: 'Llama 3 QLoRA',
  });

  it('lists every value with where it goes, in form order, ticked unless it is only a hint', () => {
    expect(changes.map(row)).toEqual([
      '[ ] Problem definition | Task type | Classification → Generation',
      '[x] Models and approach | Llama 3 QLoRA › Architecture |  → meta-llama/Meta-Llama-3-8B',
      '[x] Models and approach | Llama 3 QLoRA › Base model on the Hub |  → meta-llama/Meta-Llama-3-8B',
      '[x] Models and approach | Llama 3 QLoRA › Method |  → QLoRA',
      '[x] Models and approach | Llama 3 QLoRA › LoRA rank |  → 16',
      '[x] Models and approach | Llama 3 QLoRA › LoRA alpha |  → 32',
      '[x] Models and approach | Llama 3 QLoRA › LoRA dropout |  → 0.05',
      '[x] Models and approach | Llama 3 QLoRA › Target modules |  → q_proj, k_proj, v_proj, o_proj',
      '[x] Models and approach | Llama 3 QLoRA › Quantization bits |  → 4',
      '[x] Models and approach | Llama 3 QLoRA › Quantization type |  → NF4',
      '[x] Models and approach | Llama 3 QLoRA › Double quantization |  → Yes',
      '[x] Models and approach | Llama 3 QLoRA › Compute dtype |  → bfloat16',
      '[x] Models and approach | Llama 3 QLoRA › Batch size |  → 4',
      '[x] Models and approach | Llama 3 QLoRA › Gradient accumulation |  → 4',
      '[x] Models and approach | Llama 3 QLoRA › Epochs |  → 3',
      '[x] Models and approach | Llama 3 QLoRA › Learning rate |  → 2e-4',
      '[x] Models and approach | Llama 3 QLoRA › Scheduler |  → cosine',
      '[x] Models and approach | Llama 3 QLoRA › Warmup |  → 3 % of steps (ratio 0.03)',
      '[x] Models and approach | Llama 3 QLoRA › Optimizer |  → paged_adamw_32bit',
      '[x] Models and approach | Llama 3 QLoRA › Adam β1 |  → 0.9',
      '[x] Models and approach | Llama 3 QLoRA › Adam β2 |  → 0.999',
      '[x] Models and approach | Llama 3 QLoRA › Adam ε |  → 1e-8',
      '[x] Models and approach | Llama 3 QLoRA › Weight decay |  → 0.001',
      '[x] Models and approach | Llama 3 QLoRA › Max grad norm |  → 0.3',
      '[x] Models and approach | Llama 3 QLoRA › Precision |  → BF16',
      '[x] Models and approach | Llama 3 QLoRA › Max sequence length |  → 1024',
      '[x] Models and approach | Llama 3 QLoRA › Selection criterion |  → Checkpoint with the best eval_loss, lower is better (load_best_model_at_end)',
      '[x] Models and approach | Llama 3 QLoRA › Training time (hours) |  → 0.5095',
      '[x] Models and approach | Llama 3 QLoRA › GPU-hours |  → 1.019',
      '[x] Models and approach | Llama 3 QLoRA › Peak GPU memory (GB) |  → 22.27',
      '[x] Experimental setup | GPU type |  → NVIDIA A100-SXM4-80GB',
      '[x] Experimental setup | GPU count |  → 2',
      '[x] Experimental setup | Framework |  → PyTorch',
      '[x] Experimental setup | Framework version |  → 2.4.1',
      '[x] Experimental setup | CUDA version |  → 12.1',
      '[x] Experimental setup | Random seeds |  → 42',
      '[x] Experimental setup | Key library versions › transformers |  → 4.46.2',
      '[x] Experimental setup | Key library versions › accelerate |  → 1.1.1',
      '[x] Experimental setup | Key library versions › bitsandbytes |  → 0.44.1',
      '[x] Experimental setup | Key library versions › datasets |  → 3.1.0',
      '[x] Experimental setup | Key library versions › deepspeed |  → 0.15.4',
      '[x] Experimental setup | Key library versions › numpy |  → 1.26.4',
      '[x] Experimental setup | Key library versions › peft |  → 0.13.2',
      '[x] Experimental setup | Key library versions › tokenizers |  → 0.20.3',
      '[x] Experimental setup | Key library versions › trl |  → 0.12.1',
      '[x] Experimental setup | Key library versions › wandb |  → 0.18.7',
      '[x] Experimental setup | Logging tools › Weights & Biases |  → Weights & Biases',
      '[x] Experimental setup | Logging tools › TensorBoard |  → TensorBoard',
      '[x] Results and analysis | Llama 3 QLoRA › Accuracy (validation) |  → 0.724',
      '[x] Results and analysis | Llama 3 QLoRA › Loss (validation) |  → 1.418',
      '[x] Results and analysis | Llama 3 QLoRA › Accuracy (test) |  → 0.718',
      '[x] Results and analysis | Llama 3 QLoRA › Loss (test) |  → 1.433',
      '[x] Results and analysis | Plots › Training and validation loss |  → 2 series (Llama 3 QLoRA training loss, Llama 3 QLoRA validation loss); 12 points',
      '[x] Results and analysis | Plots › Accuracy during training |  → 1 series (Llama 3 QLoRA validation accuracy); 3 points',
      '[ ] Results and analysis | Plots › Gradient norm during training |  → 1 series (Llama 3 QLoRA gradient norm); 9 points',
      '[ ] Results and analysis | Plots › Learning rate during training |  → 1 series (Llama 3 QLoRA learning rate); 9 points',
    ]);
  });

  it('shows where a value came from, which files agree and what others said', () => {
    expect(byId(changes, 'model:hyperparameters.batchSize')).toMatchObject({
      source: { file: 'own/hf-qlora-run/training_args.json', key: 'per_device_train_batch_size' },
      alsoFoundIn: [{ file: 'own/hf-qlora-run/trainer_state.json', key: 'train_batch_size' }],
      alternatives: [],
    });
    expect(byId(changes, 'report:setup.cudaVersion')).toMatchObject({
      newValue: '12.1',
      source: { file: 'own/hf-qlora-run/requirements.txt', key: 'line 12' },
      alternatives: [
        { value: '12.2', source: { file: 'own/hf-qlora-run/nvidia-smi.txt', key: 'CUDA Version' } },
      ],
    });
    expect(byId(changes, 'metric:accuracy:validation')).toMatchObject({
      source: { file: 'own/hf-qlora-run/all_results.json', key: 'eval_accuracy' },
      alsoFoundIn: [{ file: 'own/hf-qlora-run/trainer_state.json', key: 'eval_accuracy' }],
      detail: 'Adds the metric "Accuracy" to Problem definition (higher is better).',
    });
  });

  it('says how the measured training time and GPU-hours were computed', () => {
    expect(byId(changes, 'model:measured.wallClockHours')).toMatchObject({
      newValue: '0.5095',
      source: { file: 'own/hf-qlora-run/all_results.json', key: 'train_runtime' },
      alsoFoundIn: [{ file: 'own/hf-qlora-run/trainer_state.json', key: 'train_runtime' }],
      detail: '30 min 34 s: train_runtime 1834.2 s ÷ 3600.',
      accepted: true,
    });
    expect(byId(changes, 'model:measured.gpuHours')).toMatchObject({
      newValue: '1.019',
      source: { file: 'own/hf-qlora-run/all_results.json', key: 'train_runtime' },
      detail:
        "0.5095 h × 2 GPUs: the training time (train_runtime, all_results.json) times the GPU count in gpu-memory.csv, which lists the machine's GPUs; check that the run used them all.",
      accepted: true,
    });
    expect(byId(changes, 'model:measured.peakGpuMemoryGigabytes')).toMatchObject({
      newValue: '22.27',
      source: { file: 'own/hf-qlora-run/gpu-memory.csv', key: 'memory.used, line 12' },
      detail:
        'The highest memory.used in 17 samples: 22806 MiB on GPU 0 ÷ 1024. GB here are GiB (1 GB = 1024 MiB; an "80GB" A100 holds 81920 MiB). Samples can miss a shorter peak, and memory.used counts every process on the GPU.',
      accepted: true,
    });
  });

  it('makes one loss-curve plot of training and validation loss', () => {
    const plots = changes.filter((change) => change.operation.kind === 'add-plot-series');
    const loss = plots.filter(
      (change) =>
        change.operation.kind === 'add-plot-series' && change.operation.plot.kind === 'loss-curve',
    );
    expect(loss).toHaveLength(1);
    const operation = loss[0]?.operation;
    expect(operation?.kind === 'add-plot-series' && operation.plotId).toBeNull();
    expect(
      operation?.kind === 'add-plot-series' && operation.series.map((series) => series.label),
    ).toEqual(['Llama 3 QLoRA training loss', 'Llama 3 QLoRA validation loss']);
  });

  it('uses epochs for the x axis when asked and every series has them', () => {
    const withEpochs = buildRunImportProposal(
      runFolder,
      createEmptyReport('r'),
      { newModelName: 'M' },
      { xAxis: 'epoch' },
    );
    const operation = byId(withEpochs, 'plot:loss-curve').operation;
    expect(operation.kind === 'add-plot-series' && operation.plot.xLabel).toBe('Epoch');
    expect(operation.kind === 'add-plot-series' && operation.series[1]?.points).toEqual([
      [1, 1.655],
      [2, 1.402],
      [3, 1.418],
    ]);
  });
});

describe('buildRunImportProposal for a model that already has values', () => {
  const report = createExampleReport();
  const changes = buildRunImportProposal(runFolder, report, { modelId: 'model-a' });

  it('leaves replacements of typed values unticked and shows both values', () => {
    expect(byId(changes, 'model:hyperparameters.optimizer')).toMatchObject({
      kind: 'replace',
      currentValue: 'AdamW',
      newValue: 'paged_adamw_32bit',
      accepted: false,
    });
    expect(byId(changes, 'model:hyperparameters.maxGradNorm')).toMatchObject({
      kind: 'replace',
      currentValue: '1',
      newValue: '0.3',
      accepted: false,
    });
  });

  it('does not list values that are already equal', () => {
    expect(report.models.models[0]?.hyperparameters.learningRate).toBe(2e-4);
    expect(report.models.models[0]?.hyperparameters.scheduler).toBe('cosine');
    const ids = changes.map((change) => change.id);
    expect(ids).not.toContain('model:hyperparameters.learningRate');
    expect(ids).not.toContain('model:hyperparameters.scheduler');
    expect(report.models.models[0]?.hyperparameters.adamBeta2).toBe(0.999);
    expect(ids).not.toContain('model:hyperparameters.adamBeta2');
  });

  it('ticks filling an empty field, unticks replacing a typed one', () => {
    expect(byId(changes, 'model:hyperparameters.maxSequenceLength')).toMatchObject({
      kind: 'replace',
      currentValue: '64',
      newValue: '1024',
      accepted: false,
    });
    expect(byId(changes, 'model:hyperparameters.batchSize')).toMatchObject({
      kind: 'replace',
      currentValue: '16',
      newValue: '4',
      accepted: false,
    });
    expect(byId(changes, 'report:setup.gpuCount')).toMatchObject({
      kind: 'replace',
      currentValue: '1',
      newValue: '2',
      accepted: false,
    });
    expect(byId(changes, 'library:trl')).toMatchObject({ kind: 'add', accepted: true });
    expect(byId(changes, 'library:transformers')).toMatchObject({
      kind: 'replace',
      currentValue: '4.47.1',
      newValue: '4.46.2',
      accepted: false,
    });
  });

  it('matches existing metrics by name and adds series to the existing loss plot', () => {
    expect(byId(changes, 'metric:accuracy:validation')).toMatchObject({
      targetLabel: 'Model A › Accuracy (validation)',
      kind: 'replace',
      detail: '',
      accepted: false,
    });
    const loss = byId(changes, 'plot:loss-curve');
    expect(loss.currentValue).toBe('8 series');
    expect(loss.operation.kind === 'add-plot-series' && loss.operation.plotId).toBe(
      'plot-loss-curves',
    );
    expect(loss.operation.kind === 'add-plot-series' && loss.operation.plot.xLabel).toBe('Epoch');
  });

  it('refuses a model id the report does not have', () => {
    expect(() => buildRunImportProposal(runFolder, report, { modelId: 'model-z' })).toThrow(
      'The report has no model with id "model-z".',
    );
  });
});

describe('buildRunImportProposal defaults for uncertain values', () => {
  it('leaves new uncommon metrics and metrics of an unnamed split unticked, saying why', () => {
    const parse = parseRunFiles([
      readRunFixture(
        'copied/mlflow/deepcnn-classifier/mlruns/0/cb0096518b0e4c66a94428555f05420b/metrics/accuracy',
      ),
      {
        path: 'eval_results.json',
        text: '{"epoch": 1.0, "eval_rewards/margins": 1.0087, "eval_loss": 0.5137}',
      },
    ]);
    const changes = buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'DPO' });
    expect(
      changes
        .filter((change) => change.sectionId === 'results')
        .map((change) => [change.targetLabel, change.accepted, change.detail]),
    ).toEqual([
      [
        'DPO › Accuracy (validation)',
        false,
        'Adds the metric "Accuracy" to Problem definition (higher is better). The file does not say which split this is; validation is assumed.',
      ],
      [
        'DPO › Rewards margins (validation)',
        false,
        'Adds the metric "Rewards margins" to Problem definition (higher is better).',
      ],
      [
        'DPO › Loss (validation)',
        true,
        'Adds the metric "Loss" to Problem definition (lower is better).',
      ],
    ]);
  });

  it('prefers a stated value over a derived one whatever the file order', () => {
    const parse = parseRunFiles([
      readRunFixture('own/hf-qlora-run/trainer_state.json'),
      { path: 'hparams.yaml', text: 'lr: 0.1\nnum_epochs: 7\n' },
      {
        path: 'training_args.json',
        text: '{"output_dir": "o", "learning_rate": 3e-4, "num_train_epochs": 5}',
      },
    ]);
    const changes = buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'M' });
    expect(byId(changes, 'model:hyperparameters.epochs')).toMatchObject({
      newValue: '5',
      source: { file: 'training_args.json', key: 'num_train_epochs' },
      alternatives: [
        {
          value: '3',
          source: { file: 'own/hf-qlora-run/trainer_state.json', key: 'num_train_epochs' },
        },
        { value: '7', source: { file: 'hparams.yaml', key: 'num_epochs' } },
      ],
    });
    expect(byId(changes, 'model:hyperparameters.learningRate').newValue).toBe('3e-4');
  });

  it('explains a hint and ticks it only when the field is empty', () => {
    const parse = parseRunFiles([readRunFixture('own/environment/nvidia-smi-old-layout.txt')]);
    const blank = buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'M' });
    expect(byId(blank, 'report:setup.cudaVersion')).toMatchObject({
      newValue: '11.4',
      accepted: true,
      detail:
        'nvidia-smi and W&B report the newest CUDA the driver supports; PyTorch may have been built for an older one.',
    });
  });

  it('drops the epoch count trainer_state derived when max_steps bounded training', () => {
    const parse = parseRunFiles([
      readRunFixture('own/hf/training_args-printed.txt'),
      readRunFixture('own/hf/trainer_state-old-layout-nan-infinity.json'),
    ]);
    const changes = buildRunImportProposal(parse, createEmptyReport('r'), { newModelName: 'M' });
    expect(byId(changes, 'model:hyperparameters.maxSteps').newValue).toBe('500');
    expect(changes.map((change) => change.id)).not.toContain('model:hyperparameters.epochs');
  });
});
