import { parseNumberInput } from '@/model/numberInput';
import type { FieldValueFinding, FindingPrecedence } from '../runImportTypes';

/** A value a bullet gives, before the importer adds where it was read and the field's label. */
export type BulletValue = Pick<FieldValueFinding, 'scope' | 'path' | 'value'> & {
  typedText?: string;
  precedence?: FindingPrecedence;
  detail?: string;
};

/** Trainer and bitsandbytes keys whose value is a number or text of one model field, as written. */
const modelFieldsByKey: Readonly<Record<string, string>> = {
  learning_rate: 'hyperparameters.learningRate',
  train_batch_size: 'hyperparameters.batchSize',
  per_device_train_batch_size: 'hyperparameters.batchSize',
  gradient_accumulation_steps: 'hyperparameters.gradientAccumulation',
  num_epochs: 'hyperparameters.epochs',
  num_train_epochs: 'hyperparameters.epochs',
  training_steps: 'hyperparameters.maxSteps',
  max_steps: 'hyperparameters.maxSteps',
  lr_scheduler_type: 'hyperparameters.scheduler',
  weight_decay: 'hyperparameters.weightDecay',
  max_grad_norm: 'hyperparameters.maxGradNorm',
  bnb_4bit_compute_dtype: 'quantization.computeDtype',
  max_seq_length: 'hyperparameters.maxSequenceLength',
  lr_scheduler_warmup: 'hyperparameters.warmup',
  r: 'lora.rank',
  lora_alpha: 'lora.alpha',
  lora_dropout: 'lora.dropout',
  target_modules: 'lora.targetModules',
};
const numberPaths = new Set([
  'hyperparameters.learningRate',
  'hyperparameters.batchSize',
  'hyperparameters.gradientAccumulation',
  'hyperparameters.epochs',
  'hyperparameters.maxSteps',
  'hyperparameters.weightDecay',
  'hyperparameters.maxGradNorm',
  'hyperparameters.maxSequenceLength',
  'lora.rank',
  'lora.alpha',
  'lora.dropout',
]);
const precisions = new Set(['fp32', 'fp16', 'bf16', 'tf32', 'fp8']);

function numberValue(path: string, text: string): BulletValue[] {
  const parsed = parseNumberInput(text);
  if (!parsed.ok || parsed.value === null) return [];
  return [{ scope: 'model', path, value: parsed.value, typedText: text }];
}

function booleanOf(text: string): boolean | undefined {
  if (/^true$/iu.test(text)) return true;
  if (/^false$/iu.test(text)) return false;
  return undefined;
}

/**
 * `Adam with betas=(0.9,0.999) and epsilon=1e-08` (Trainer up to 4.3x) and
 * `Use OptimizerNames.ADAMW_TORCH with betas=(0.9,0.999) and epsilon=1e-08 and optimizer_args=…`.
 */
function readOptimizer(text: string): BulletValue[] {
  const named = /^(?:Use\s+OptimizerNames\.)?([A-Za-z0-9_]+)/u.exec(text);
  const values: BulletValue[] = [];
  if (named?.[1] !== undefined) {
    const name = text.startsWith('Use OptimizerNames.') ? named[1].toLowerCase() : named[1];
    values.push({ scope: 'model', path: 'hyperparameters.optimizer', value: name });
  }
  const betas = /betas=\(\s*([^,\s)]+)\s*,\s*([^,\s)]+)\s*\)/u.exec(text);
  if (betas?.[1] !== undefined && betas[2] !== undefined) {
    values.push(...numberValue('hyperparameters.adamBeta1', betas[1]));
    values.push(...numberValue('hyperparameters.adamBeta2', betas[2]));
  }
  const epsilon = /epsilon=([^\s,)]+)/u.exec(text);
  if (epsilon?.[1] !== undefined)
    values.push(...numberValue('hyperparameters.adamEpsilon', epsilon[1]));
  return values;
}

/**
 * The fields a `- key: value` bullet of a Trainer card's hyperparameter list or of a PEFT card's
 * bitsandbytes config fills, or none for a key the report has no field for (it then stays in the
 * Appendix with the rest of the list). Numbers keep the text the card wrote.
 */
export function readTrainerBullet(key: string, text: string): BulletValue[] {
  const mapped = modelFieldsByKey[key];
  if (mapped !== undefined)
    return numberPaths.has(mapped)
      ? numberValue(mapped, text)
      : [{ scope: 'model', path: mapped, value: text }];
  switch (key) {
    case 'seed':
      return /^\d+(?:\s*,\s*\d+)*$/u.test(text)
        ? [{ scope: 'report', path: 'setup.seeds', value: text }]
        : [];
    case 'precision':
      return precisions.has(text.toLowerCase())
        ? [{ scope: 'model', path: 'hyperparameters.precision', value: text.toLowerCase() }]
        : [];
    case 'optimizer':
      return readOptimizer(text);
    case 'lr_scheduler_warmup_ratio':
      return [{ scope: 'model', path: 'hyperparameters.warmup', value: `ratio ${text}` }];
    case 'lr_scheduler_warmup_steps':
      return [{ scope: 'model', path: 'hyperparameters.warmup', value: `${text} steps` }];
    case 'mixed_precision_training':
      return [
        {
          scope: 'model',
          path: 'hyperparameters.precision',
          value: 'mixed',
          precedence: 'derived',
          detail: `The card says "${text}"; it does not say whether FP16 or BF16.`,
        },
      ];
    case 'num_devices':
      return parseNumberInput(text).ok
        ? [{ scope: 'report', path: 'setup.gpuCount', value: Number(text), typedText: text }]
        : [];
    case 'bnb_4bit_quant_type':
      return text === 'nf4' || text === 'fp4'
        ? [{ scope: 'model', path: 'quantization.type', value: text }]
        : [];
    case 'bnb_4bit_use_double_quant': {
      const value = booleanOf(text);
      return value === undefined
        ? []
        : [{ scope: 'model', path: 'quantization.doubleQuantization', value }];
    }
    case 'load_in_4bit':
    case 'load_in_8bit': {
      if (booleanOf(text) !== true) return [];
      const bits = key === 'load_in_4bit' ? 4 : 8;
      return [
        { scope: 'model', path: 'quantization.bits', value: bits, typedText: String(bits) },
        {
          scope: 'model',
          path: 'method',
          value: 'qlora',
          precedence: 'derived',
          detail: `An adapter trained on a ${bits}-bit base model is QLoRA.`,
        },
      ];
    }
    default:
      return [];
  }
}
