import {
  createSeriesAccumulator,
  type AccumulatedSeries,
  type SeriesAccumulator,
} from './createSeriesAccumulator';

export interface RestartAwareSeries {
  add(step: number, value: number | null): void;
  /** One part per fresh start; a resume from a checkpoint stays in its part. */
  finish(): { parts: AccumulatedSeries[]; resumes: number };
}

/**
 * Points in the order they were written, where the step may jump back. A jump back to a step
 * after the current part's first step is a resume from a checkpoint: the points it logs again
 * replace the old ones (as TensorBoard shows them). A jump back to or before the first step is
 * a fresh start and begins a new part, so two runs are never drawn as one zig-zag line.
 */
export function createRestartAwareSeries(): RestartAwareSeries {
  const parts: { accumulator: SeriesAccumulator; firstStep: number; lastStep: number }[] = [];
  let resumes = 0;
  return {
    add(step, value) {
      const current = parts.at(-1);
      if (current === undefined || step <= current.firstStep) {
        const accumulator = createSeriesAccumulator();
        accumulator.add(step, value, null);
        parts.push({ accumulator, firstStep: step, lastStep: step });
        return;
      }
      if (step < current.lastStep) {
        current.accumulator.dropFrom(step);
        resumes += 1;
      }
      current.accumulator.add(step, value, null);
      current.lastStep = step;
    },
    finish() {
      return { parts: parts.map((part) => part.accumulator.finish()), resumes };
    },
  };
}
