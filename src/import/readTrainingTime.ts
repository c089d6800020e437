import { formatNumber } from '@/model/numberInput';
import type { RunFileContext } from './createRunFileContext';
import { formatDuration } from './formatDuration';

const trainingLoopKeys: ReadonlySet<string> = new Set(['train_runtime', 'train/train_runtime']);
const wholeProcessKeys: ReadonlySet<string> = new Set(['_runtime', '_wandb.runtime']);

/** Runtimes are logged to the millisecond; four significant digits of hours (0.5095) are plenty. */
function hoursFromSeconds(seconds: number): number {
  return Number((seconds / 3600).toPrecision(4));
}

/**
 * The training time of one run from a runtime in seconds: the Trainer's `train_runtime` (its
 * train() call) is stated; W&B's `_runtime` (the whole process, loading and final evaluation
 * included) only stands in when no train_runtime is found. Other keys are ignored.
 */
export function readTrainingTime(key: string, seconds: number, context: RunFileContext): void {
  if (!Number.isFinite(seconds) || seconds <= 0) return;
  const hours = hoursFromSeconds(seconds);
  if (trainingLoopKeys.has(key)) {
    context.modelField(
      'measured.wallClockHours',
      hours,
      key,
      'stated',
      `${formatDuration(seconds)}: ${key} ${formatNumber(seconds)} s ÷ 3600.`,
    );
  } else if (wholeProcessKeys.has(key)) {
    context.modelField(
      'measured.wallClockHours',
      hours,
      key,
      'derived',
      `${formatDuration(seconds)}: W&B's ${key} ${formatNumber(seconds)} s ÷ 3600, the whole process (loading and evaluation count too).`,
    );
  }
}
