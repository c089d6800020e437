import { metricDisplayNames } from './metricDisplayNames';
import type { MetricIdentity, SeriesRole, SeriesSplit } from './runImportTypes';

export interface MetricNameClass {
  split: SeriesSplit;
  role: SeriesRole;
  metric: MetricIdentity;
  /** `per step` or `per epoch` when Lightning logged the same value both ways, else ''. */
  variant: string;
  /** In words: `Validation ROUGE-1`, `Training loss (per epoch)`. */
  label: string;
}

const splitPrefixes: readonly [RegExp, SeriesSplit][] = [
  [/^(train|training)[/_-]/iu, 'train'],
  [/^(eval|val|valid|validation|dev)[/_-]/iu, 'validation'],
  [/^(test|predict)[/_-]/iu, 'test'],
];

const lowerIsBetter = /(^|[_/])(loss|perplexity|ppl|wer|cer|error|err|mae|mse|rmse|nll)$/iu;
const optimizerNames = /^(learning_rate|lr|lr[-_].*|grad_norm|gradient_norm|momentum)$/iu;
const systemNames =
  /(^|[_/])(runtime|samples_per_second|steps_per_second|tokens_per_second|flos|total_flos|num_tokens|num_input_tokens_seen|samples|epoch_time|time|timestamp|step|global_step|epoch|memory|gen_len)$|(^|[_/])mem_|^_|^gpu|^system[/.]/iu;

function displayName(key: string): string {
  const known = metricDisplayNames[key.toLowerCase()];
  if (known !== undefined) return known;
  const optimizerRate = /^lr[-_](.+)$/u.exec(key)?.[1];
  if (optimizerRate !== undefined) return `Learning rate (${optimizerRate})`;
  const spaced = key.replace(/[_/]+/gu, ' ').trim();
  return spaced === '' ? key : `${spaced.charAt(0).toUpperCase()}${spaced.slice(1)}`;
}

function splitWord(split: SeriesSplit): string {
  if (split === 'train') return 'Training';
  if (split === 'validation') return 'Validation';
  if (split === 'test') return 'Test';
  return '';
}

/**
 * Reads a logged name the way HF Trainer, W&B, Keras and Lightning write them: `eval_rouge1`,
 * `eval/loss`, `val_pred_gender_acc`, `train_loss_epoch`. A name without a split prefix is on
 * `defaultSplit` (training, for trainer_state.json and Lightning; unknown for a bare MLflow metric).
 */
export function classifyMetricName(name: string, defaultSplit: SeriesSplit): MetricNameClass {
  let rest = name.trim();
  let split = defaultSplit;
  for (const [pattern, prefixSplit] of splitPrefixes) {
    const match = pattern.exec(rest);
    if (match !== null && rest.length > match[0].length) {
      split = prefixSplit;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  let variant = '';
  const suffix = /^(.+)_(step|epoch)$/u.exec(rest);
  if (suffix?.[1] !== undefined && suffix[1] !== 'global') {
    rest = suffix[1];
    variant = suffix[2] === 'step' ? 'per step' : 'per epoch';
  }
  const epochPrefix = /^epoch_(.+)$/u.exec(rest);
  if (epochPrefix?.[1] !== undefined && epochPrefix[1] !== 'time') {
    rest = epochPrefix[1];
    variant = 'per epoch';
  }
  const key = rest;
  const role: SeriesRole = systemNames.test(key)
    ? 'system'
    : optimizerNames.test(key)
      ? 'optimizer'
      : /(^|[_/])loss$/iu.test(key) || key === 'nll'
        ? 'loss'
        : 'metric';
  const metricName = displayName(key);
  const word = splitWord(split);
  const shownName =
    word !== '' && /^[A-Z][a-z]/u.test(metricName)
      ? `${metricName.charAt(0).toLowerCase()}${metricName.slice(1)}`
      : metricName;
  // The learning rate and gradient norm belong to training; a split word would only add noise.
  const base = word === '' || role === 'optimizer' ? metricName : `${word} ${shownName}`;
  return {
    split,
    role,
    metric: { key, name: metricName, higherIsBetter: !lowerIsBetter.test(key) },
    variant,
    label: variant === '' ? base : `${base} (${variant})`,
  };
}
