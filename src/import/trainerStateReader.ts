import { formatNumber } from '@/model/numberInput';
import { classifyMetricName } from './classifyMetricName';
import { createSeriesAccumulator, type SeriesAccumulator } from './createSeriesAccumulator';
import { isRecord } from '@/model/isRecord';
import { readFiniteNumber } from './readFiniteNumber';
import { readFinalMetrics } from './readFinalMetrics';
import type { RunFileReader } from './runFileReader';

const finalEvaluationKey = /^(eval|test|predict)_/u;
const intervals: readonly [string, string][] = [
  ['logging_steps', 'Logging interval'],
  ['eval_steps', 'Evaluation interval'],
  ['save_steps', 'Checkpoint interval'],
];

/**
 * Hugging Face `trainer_state.json`, old layout (no grad_norm, no logging_steps) and new
 * (stateful_callbacks, best_global_step): every logged value as a series over steps (with its
 * epoch), the last evaluation as final metrics, and progress, best checkpoint and run summary.
 */
export const trainerStateReader: RunFileReader = {
  container: 'json',
  format: 'hf-trainer-state',
  matches: (value) => isRecord(value) && Array.isArray(value['log_history']),
  read(value, context) {
    if (!isRecord(value) || !Array.isArray(value['log_history'])) return;
    const history: unknown[] = value['log_history'];
    const accumulators = new Map<string, SeriesAccumulator>();
    let lastEvaluation: Record<string, unknown> | null = null;
    let summary: Record<string, unknown> | null = null;
    let skipped = 0;

    history.forEach((entry, index) => {
      if (index > 0 && index % 5000 === 0) context.progress(index / history.length);
      const step = isRecord(entry) ? readFiniteNumber(entry['step']) : null;
      if (!isRecord(entry) || step === null) {
        skipped += 1;
        return;
      }
      if ('train_runtime' in entry) {
        summary = entry;
        return;
      }
      const epoch = readFiniteNumber(entry['epoch']);
      let hasEvaluation = false;
      for (const [key, raw] of Object.entries(entry)) {
        if (key === 'step' || key === 'epoch') continue;
        if (raw !== null && typeof raw !== 'number') continue;
        if (classifyMetricName(key, 'train').role === 'system') continue;
        if (finalEvaluationKey.test(key)) hasEvaluation = true;
        let accumulator = accumulators.get(key);
        if (accumulator === undefined) {
          accumulator = createSeriesAccumulator();
          accumulators.set(key, accumulator);
        }
        accumulator.add(step, readFiniteNumber(raw), epoch);
      }
      if (hasEvaluation) lastEvaluation = entry;
    });

    for (const [key, accumulator] of accumulators) {
      context.series({
        name: key,
        classification: classifyMetricName(key, 'train'),
        values: accumulator.finish(),
        xLabel: 'Step',
        key: `log_history[].${key}`,
      });
    }
    const evaluation: Record<string, unknown> | null = lastEvaluation;
    if (evaluation !== null) {
      const finals = Object.fromEntries(
        Object.entries(evaluation).filter(([key]) => finalEvaluationKey.test(key)),
      );
      readFinalMetrics(finals, context);
    }
    const finalSummary: Record<string, unknown> | null = summary;
    if (finalSummary !== null) {
      readFinalMetrics(
        Object.fromEntries(Object.entries(finalSummary).filter(([key]) => key !== 'epoch')),
        context,
      );
    }
    if (skipped > 0) {
      context.warn(
        `${skipped} log_history ${skipped === 1 ? 'entry' : 'entries'} without a step ${skipped === 1 ? 'was' : 'were'} skipped.`,
      );
    }

    const epochs = readFiniteNumber(value['num_train_epochs']);
    if (epochs !== null && epochs > 0)
      context.modelField('hyperparameters.epochs', epochs, 'num_train_epochs', 'derived');
    const batchSize = readFiniteNumber(value['train_batch_size']);
    if (batchSize !== null && batchSize > 0) {
      context.modelField('hyperparameters.batchSize', batchSize, 'train_batch_size', 'derived');
    }
    const epochReached = readFiniteNumber(value['epoch']);
    if (epochReached !== null) {
      const of = epochs === null ? '' : ` of ${formatNumber(epochs)}`;
      context.note(
        'Epochs completed',
        `${formatNumber(Number(epochReached.toFixed(2)))}${of}`,
        'epoch',
      );
    }
    const globalStep = readFiniteNumber(value['global_step']);
    const maxSteps = readFiniteNumber(value['max_steps']);
    if (globalStep !== null) {
      const of = maxSteps === null ? '' : ` of ${maxSteps.toLocaleString('en-US')}`;
      context.note(
        'Optimizer steps completed',
        `${globalStep.toLocaleString('en-US')}${of}`,
        'global_step',
      );
    }
    const checkpoint = value['best_model_checkpoint'];
    if (typeof checkpoint === 'string' && checkpoint !== '') {
      context.note('Best checkpoint', checkpoint, 'best_model_checkpoint');
    }
    const bestMetric = readFiniteNumber(value['best_metric']);
    if (bestMetric !== null)
      context.note('Best metric value', formatNumber(bestMetric), 'best_metric');
    const bestStep = readFiniteNumber(value['best_global_step']);
    if (bestStep !== null)
      context.note('Best checkpoint step', bestStep.toLocaleString('en-US'), 'best_global_step');
    for (const [key, label] of intervals) {
      const steps = readFiniteNumber(value[key]);
      if (steps !== null) context.note(label, `every ${formatNumber(steps)} steps`, key);
    }
    const callbacks = value['stateful_callbacks'];
    const earlyStopping = isRecord(callbacks) ? callbacks['EarlyStoppingCallback'] : undefined;
    const arguments_ = isRecord(earlyStopping) ? earlyStopping['args'] : undefined;
    if (isRecord(arguments_)) {
      const patience = readFiniteNumber(arguments_['early_stopping_patience']);
      if (patience !== null) {
        context.note(
          'Early stopping patience',
          `${formatNumber(patience)} evaluations`,
          'stateful_callbacks.EarlyStoppingCallback',
        );
      }
    }
    if (history.length === 0) context.warn('log_history is empty: nothing was logged.');
  },
};
