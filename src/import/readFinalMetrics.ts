import { formatNumber } from '@/model/numberInput';
import { classifyMetricName } from './classifyMetricName';
import type { RunFileContext } from './createRunFileContext';
import { formatByteSize } from './formatByteSize';
import { formatDuration } from './formatDuration';
import { readTrainingTime } from './readTrainingTime';
import type { SeriesSplit } from './runImportTypes';

const splitWords: Readonly<Record<string, string>> = {
  train: 'training',
  eval: 'evaluation',
  predict: 'prediction',
  test: 'test',
  init: 'initialisation',
};

function describeSystemValue(key: string, value: number): [string, string] | null {
  const stage = /^(train|eval|predict|test|init)[_/]/u.exec(key)?.[1] ?? '';
  const stageWord = splitWords[stage] ?? '';
  if (/(^|[_/])runtime$/u.test(key) || key === '_runtime') {
    return [
      `${stageWord === '' ? 'Run' : `${stageWord.charAt(0).toUpperCase()}${stageWord.slice(1)}`} time`,
      `${formatDuration(value)} (${formatNumber(value)} s)`,
    ];
  }
  if (key.endsWith('mem_gpu_peaked_delta')) {
    return [`Peak GPU memory added during ${stageWord || 'the run'}`, formatByteSize(value)];
  }
  if (/(^|[_/])samples$/u.test(key) && stageWord !== '') {
    return [
      `${stageWord.charAt(0).toUpperCase()}${stageWord.slice(1)} examples`,
      value.toLocaleString('en-US'),
    ];
  }
  if (/(^|[_/])total_flos$/u.test(key))
    return ['Total floating-point operations', value.toExponential(3)];
  if (key === 'epoch' || key === 'train/epoch')
    return ['Epochs completed', formatNumber(Number(value.toPrecision(6)))];
  if (key === 'train_loss' || key === 'train/train_loss')
    return ['Mean training loss over the run', formatNumber(value)];
  return null;
}

/**
 * Final metrics from a flat map (all_results.json, the last eval entry of trainer_state.json, a
 * W&B summary): `eval_*` and `eval/*` go to the validation split, `test_*`, `predict_*` and
 * `test/*` to the test split; runtimes, sample counts, FLOPs and peak GPU memory become notes, and
 * the training runtime also fills the model's training time.
 * With `unprefixedSplit`, names without a split prefix are taken as validation results the user
 * must confirm (an MLflow `accuracy`).
 */
export function readFinalMetrics(
  values: Readonly<Record<string, unknown>>,
  context: RunFileContext,
  options: { unprefixedSplit: 'assume-validation' | 'skip' } = { unprefixedSplit: 'skip' },
): void {
  for (const [key, raw] of Object.entries(values)) {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) continue;
    const defaultSplit: SeriesSplit =
      options.unprefixedSplit === 'assume-validation' ? 'unknown' : 'train';
    const classification = classifyMetricName(key, defaultSplit);
    if (classification.role === 'system' || classification.split === 'train') {
      const described = describeSystemValue(key, raw);
      if (described !== null) context.note(described[0], described[1], key);
      readTrainingTime(key, raw, context);
      continue;
    }
    if (classification.role === 'optimizer') continue;
    if (classification.split === 'unknown') {
      context.metricResult(classification.metric, 'validation', raw, key, true);
    } else {
      context.metricResult(classification.metric, classification.split, raw, key);
    }
  }
}
