import { formatNumber } from '@/model/numberInput';
import type { RunFileContext } from './createRunFileContext';
import { readFiniteNumber } from './readFiniteNumber';
import { readStringList } from './readStringList';
import type { ModelField, ModelFieldValues } from './runImportTypes';

type NumberField = {
  [Field in ModelField]: ModelFieldValues[Field] extends number ? Field : never;
}[ModelField];
type TextField = {
  [Field in ModelField]: ModelFieldValues[Field] extends string ? Field : never;
}[ModelField];

const numberAliases: readonly [NumberField, readonly string[]][] = [
  ['hyperparameters.learningRate', ['learning_rate', 'lr', 'learningrate', 'base_lr', 'peak_lr']],
  [
    'hyperparameters.batchSize',
    [
      'per_device_train_batch_size',
      'batch_size',
      'train_batch_size',
      'micro_batch_size',
      'batchsize',
      'bs',
    ],
  ],
  [
    'hyperparameters.epochs',
    ['num_train_epochs', 'epochs', 'num_epochs', 'n_epochs', 'max_epochs'],
  ],
  [
    'hyperparameters.maxSteps',
    ['max_steps', 'num_steps', 'total_steps', 'train_steps', 'max_iters'],
  ],
  [
    'hyperparameters.gradientAccumulation',
    [
      'gradient_accumulation_steps',
      'accumulate_grad_batches',
      'grad_accum',
      'grad_accumulation',
      'gradient_accumulation',
    ],
  ],
  ['hyperparameters.adamBeta1', ['adam_beta1']],
  ['hyperparameters.adamBeta2', ['adam_beta2']],
  ['hyperparameters.adamEpsilon', ['adam_epsilon', 'adam_eps']],
  ['hyperparameters.weightDecay', ['weight_decay', 'wd']],
  [
    'hyperparameters.maxGradNorm',
    ['max_grad_norm', 'gradient_clip_val', 'clip_grad_norm', 'grad_clip'],
  ],
  [
    'hyperparameters.maxSequenceLength',
    [
      'max_seq_length',
      'max_seq_len',
      'max_sequence_length',
      'seq_len',
      'block_size',
      'context_length',
      'max_len',
    ],
  ],
  ['lora.rank', ['lora_r', 'lora_rank']],
  ['lora.alpha', ['lora_alpha']],
  ['lora.dropout', ['lora_dropout']],
];

const textAliases: readonly [TextField, readonly string[]][] = [
  ['hyperparameters.optimizer', ['optimizer', 'optim', 'optimizer_name']],
  [
    'hyperparameters.scheduler',
    ['lr_scheduler_type', 'scheduler', 'lr_scheduler', 'scheduler_type'],
  ],
  [
    'architecture',
    [
      'model_name_or_path',
      'pretrained_model_name_or_path',
      'model_name',
      'pretrained_name',
      'base_model',
      'model_id',
    ],
  ],
];

const precisionAliases: Readonly<Record<string, ModelFieldValues['hyperparameters.precision']>> = {
  '16': 'fp16',
  '16-mixed': 'fp16',
  fp16: 'fp16',
  bf16: 'bf16',
  'bf16-mixed': 'bf16',
  'bf16-true': 'bf16',
  '32': 'fp32',
  '32-true': 'fp32',
  fp32: 'fp32',
  '64': 'other',
  mixed: 'mixed',
};

const maxNotedKeys = 40;

function normalizeKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_');
}

/**
 * A flat map of hyperparameters named however the training script chose (`lr`, `LEARNING_RATE`,
 * `num_epochs`, `max_seq_len`): Lightning hparams.yaml, MLflow params, custom W&B configs.
 * Values may be numbers or number text. With `noteTheRest`, scalars that fit no field become notes.
 */
export function readHyperparameters(
  values: Readonly<Record<string, unknown>>,
  context: RunFileContext,
  noteTheRest: boolean,
): void {
  const byKey = new Map<string, [string, unknown]>();
  for (const [key, value] of Object.entries(values)) byKey.set(normalizeKey(key), [key, value]);
  const used = new Set<string>();
  const take = (aliases: readonly string[]): [string, unknown] | undefined => {
    for (const alias of aliases) {
      const found = byKey.get(alias);
      if (found !== undefined) {
        used.add(alias);
        return found;
      }
    }
    return undefined;
  };

  for (const [field, aliases] of numberAliases) {
    const found = take(aliases);
    const number = found === undefined ? null : readFiniteNumber(found[1]);
    if (found === undefined || number === null || number < 0) continue;
    if (field === 'hyperparameters.maxSteps' && number <= 0) continue;
    context.modelField(field, number, found[0], 'derived');
  }
  for (const [field, aliases] of textAliases) {
    const found = take(aliases);
    if (found !== undefined && typeof found[1] === 'string' && found[1].trim() !== '') {
      context.modelField(field, found[1], found[0], 'derived');
    }
  }

  const warmup = take(['warmup_steps', 'warmup_ratio', 'warmup']);
  const warmupNumber = warmup === undefined ? null : readFiniteNumber(warmup[1]);
  if (warmup !== undefined && warmupNumber !== null && warmupNumber > 0) {
    const isRatio = /ratio/u.test(normalizeKey(warmup[0])) || warmupNumber < 1;
    context.modelField(
      'hyperparameters.warmup',
      isRatio ? `ratio ${formatNumber(warmupNumber)}` : `${formatNumber(warmupNumber)} steps`,
      warmup[0],
      'derived',
    );
  }

  const targets = take(['lora_target_modules', 'target_modules']);
  if (targets !== undefined) {
    const list = readStringList(targets[1]);
    if (list.length > 0)
      context.modelField('lora.targetModules', list.join(', '), targets[0], 'derived');
  }

  const precision = take(['precision', 'mixed_precision']);
  if (
    precision !== undefined &&
    (typeof precision[1] === 'string' || typeof precision[1] === 'number')
  ) {
    const mapped = precisionAliases[String(precision[1]).toLowerCase()];
    if (mapped !== undefined)
      context.modelField('hyperparameters.precision', mapped, precision[0], 'derived');
  }

  const seed = take(['seed', 'random_seed']);
  const seedNumber = seed === undefined ? null : readFiniteNumber(seed[1]);
  if (seed !== undefined && seedNumber !== null) {
    context.reportField('setup.seeds', formatNumber(seedNumber), seed[0], 'derived');
  }

  if (!noteTheRest) return;
  let noted = 0;
  for (const [normalized, [key, value]] of byKey) {
    if (used.has(normalized) || noted >= maxNotedKeys) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
      const text = typeof value === 'number' ? formatNumber(value) : String(value);
      if (text.trim() === '') continue;
      context.note(key, text, key);
      noted += 1;
    }
  }
}
