import { formatNumber } from '@/model/numberInput';
import type { RunFileContext } from './createRunFileContext';
import { loggingToolName } from './loggingToolName';
import { readFiniteNumber } from './readFiniteNumber';
import { readStringList } from './readStringList';

/** `SchedulerType.LINEAR` (older dumps print the enum) → `linear`. */
function enumText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  const dot = trimmed.lastIndexOf('.');
  return /^[A-Z][A-Za-z]+\.[A-Z0-9_]+$/u.test(trimmed)
    ? trimmed.slice(dot + 1).toLowerCase()
    : trimmed;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === 'True';
}

function positive(value: unknown): number | null {
  const number = readFiniteNumber(value);
  return number !== null && number > 0 ? number : null;
}

/** 0.03 → `3 % of steps (ratio 0.03)`. */
function describeWarmupRatio(ratio: number): string {
  const percent = Number((ratio * 100).toPrecision(6));
  return `${formatNumber(percent)} % of steps (ratio ${formatNumber(ratio)})`;
}

const adamSettings: readonly [
  'hyperparameters.adamBeta1' | 'hyperparameters.adamBeta2' | 'hyperparameters.adamEpsilon',
  string,
][] = [
  ['hyperparameters.adamBeta1', 'adam_beta1'],
  ['hyperparameters.adamBeta2', 'adam_beta2'],
  ['hyperparameters.adamEpsilon', 'adam_epsilon'],
];

const trlNotes: readonly [string, string][] = [
  ['beta', 'Preference β (DPO/GRPO)'],
  ['num_generations', 'Generations per prompt (GRPO)'],
  ['max_prompt_length', 'Max prompt length'],
  ['max_completion_length', 'Max completion length'],
  ['packing', 'Sequence packing'],
  ['loss_type', 'Loss type'],
];

/**
 * Hugging Face `TrainingArguments` (and TRL's SFT/DPO/GRPO configs that extend it) as written to
 * training_args.json, printed by `to_json_string()` or stored in a W&B config.
 */
export function readTrainingArguments(
  values: Record<string, unknown>,
  context: RunFileContext,
): void {
  const learningRate = positive(values['learning_rate']);
  if (learningRate !== null)
    context.modelField('hyperparameters.learningRate', learningRate, 'learning_rate');

  const maxSteps = positive(values['max_steps']);
  const epochs = positive(values['num_train_epochs']);
  if (maxSteps !== null) {
    context.modelField('hyperparameters.maxSteps', maxSteps, 'max_steps');
    if (epochs !== null) {
      context.note(
        'Epochs setting ignored',
        `num_train_epochs ${formatNumber(epochs)} is ignored because max_steps ${formatNumber(maxSteps)} bounds training`,
        'num_train_epochs',
      );
    }
  } else if (epochs !== null) {
    context.modelField('hyperparameters.epochs', epochs, 'num_train_epochs');
  }

  const perGpu = positive(values['per_gpu_train_batch_size']);
  const perDevice = positive(values['per_device_train_batch_size']);
  if (perGpu !== null)
    context.modelField('hyperparameters.batchSize', perGpu, 'per_gpu_train_batch_size');
  else if (perDevice !== null) {
    context.modelField('hyperparameters.batchSize', perDevice, 'per_device_train_batch_size');
  }

  const accumulation = positive(values['gradient_accumulation_steps']);
  if (accumulation !== null) {
    context.modelField(
      'hyperparameters.gradientAccumulation',
      accumulation,
      'gradient_accumulation_steps',
    );
  }

  const scheduler = enumText(values['lr_scheduler_type']);
  if (scheduler !== '')
    context.modelField('hyperparameters.scheduler', scheduler, 'lr_scheduler_type');

  const warmupSteps = readFiniteNumber(values['warmup_steps']);
  const warmupRatio = readFiniteNumber(values['warmup_ratio']);
  if (warmupSteps !== null && warmupSteps >= 1) {
    context.modelField(
      'hyperparameters.warmup',
      `${formatNumber(warmupSteps)} steps`,
      'warmup_steps',
    );
  } else if (warmupSteps !== null && warmupSteps > 0) {
    // transformers 5 dropped warmup_ratio: a warmup_steps below 1 is the ratio of total steps.
    context.modelField('hyperparameters.warmup', describeWarmupRatio(warmupSteps), 'warmup_steps');
  } else if (warmupRatio !== null && warmupRatio > 0) {
    context.modelField('hyperparameters.warmup', describeWarmupRatio(warmupRatio), 'warmup_ratio');
  } else if (warmupSteps === 0 || warmupRatio === 0) {
    context.modelField('hyperparameters.warmup', 'none', 'warmup_steps', 'derived');
  }

  const optimizer = isTrue(values['adafactor']) ? 'adafactor' : enumText(values['optim']);
  if (optimizer !== '') context.modelField('hyperparameters.optimizer', optimizer, 'optim');
  // Every dump holds the Adam settings, used or not; before `optim` existed the Trainer used AdamW.
  if (optimizer === '' || /adam/iu.test(optimizer)) {
    for (const [field, key] of adamSettings) {
      const setting = readFiniteNumber(values[key]);
      if (setting === null) continue;
      const fits =
        field === 'hyperparameters.adamEpsilon' ? setting > 0 : setting >= 0 && setting < 1;
      if (fits) context.modelField(field, setting, key);
    }
  }

  const weightDecay = readFiniteNumber(values['weight_decay']);
  if (weightDecay !== null && weightDecay >= 0) {
    context.modelField('hyperparameters.weightDecay', weightDecay, 'weight_decay');
  }

  if (isTrue(values['bf16']))
    context.modelField('hyperparameters.precision', 'bf16', 'bf16', 'derived');
  else if (isTrue(values['fp16']))
    context.modelField('hyperparameters.precision', 'fp16', 'fp16', 'derived');
  else if (isTrue(values['tf32']))
    context.modelField('hyperparameters.precision', 'tf32', 'tf32', 'derived');
  else if ('bf16' in values && 'fp16' in values) {
    context.modelField('hyperparameters.precision', 'fp32', 'bf16, fp16', 'derived');
  }

  const maxSequenceKey = ['max_seq_length', 'max_seq_len'].find(
    (key) => positive(values[key]) !== null,
  );
  const isSftConfig = 'dataset_text_field' in values || 'packing' in values;
  const sequenceKey =
    maxSequenceKey ??
    (isSftConfig && positive(values['max_length']) !== null ? 'max_length' : null);
  const maxSequence = sequenceKey === null ? null : positive(values[sequenceKey]);
  if (sequenceKey !== null && maxSequence !== null) {
    context.modelField('hyperparameters.maxSequenceLength', maxSequence, sequenceKey);
  }

  const seed = readFiniteNumber(values['seed']);
  if (seed !== null) context.reportField('setup.seeds', formatNumber(seed), 'seed');

  for (const entry of readStringList(values['report_to'])) {
    const tool = loggingToolName(entry);
    if (tool !== null) context.loggingTool(tool, 'report_to');
  }

  const bestMetric =
    typeof values['metric_for_best_model'] === 'string' ? values['metric_for_best_model'] : '';
  if (bestMetric !== '' && isTrue(values['load_best_model_at_end'])) {
    const direction =
      values['greater_is_better'] === true
        ? ', higher is better'
        : values['greater_is_better'] === false
          ? ', lower is better'
          : '';
    context.modelField(
      'selection.selectionCriterion',
      `Checkpoint with the best ${bestMetric}${direction} (load_best_model_at_end)`,
      'metric_for_best_model',
      'derived',
    );
  }

  const maxGradNorm = readFiniteNumber(values['max_grad_norm']);
  if (maxGradNorm !== null && maxGradNorm >= 0)
    context.modelField('hyperparameters.maxGradNorm', maxGradNorm, 'max_grad_norm');
  if (isTrue(values['gradient_checkpointing'])) {
    context.note('Gradient checkpointing', 'on', 'gradient_checkpointing');
  }
  const deepspeed = values['deepspeed'];
  if (typeof deepspeed === 'string' && deepspeed !== '' && deepspeed !== 'None')
    context.note('DeepSpeed config', deepspeed, 'deepspeed');
  const fsdp = readStringList(values['fsdp']);
  if (fsdp.length > 0 && fsdp[0] !== '') context.note('FSDP', fsdp.join(' '), 'fsdp');
  for (const [key, label] of trlNotes) {
    const value = values[key];
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
      if (value !== '') context.note(label, String(value), key);
    }
  }
  if (typeof values['run_name'] === 'string' && values['run_name'] !== '') {
    context.note('Run name', values['run_name'], 'run_name');
  }
}
