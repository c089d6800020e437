import type { RunFileHint } from './runFileReader';
import type { SeriesSplit } from './runImportTypes';

/**
 * TensorBoard names downloads `run-<run>-tag-<tag>.csv` (slashes in either become `_`). Keras
 * writes training and validation scalars under the runs `train` and `validation`.
 */
export function tensorBoardTagName(hint: RunFileHint): {
  run: string;
  tag: string;
  split: SeriesSplit;
} {
  const base = hint.fileName.replace(/\.(csv|json)$/u, '');
  const match = /(?:^|[-_.])run-(.*)-tag-(.+)$/u.exec(base);
  const run = match?.[1] ?? '';
  const tag = match?.[2] ?? base;
  const cleanRun = run === '.' ? '' : run;
  const split: SeriesSplit = /(^|[_/])(validation|val|eval)$/u.test(cleanRun)
    ? 'validation'
    : /(^|[_/])test$/u.test(cleanRun)
      ? 'test'
      : 'train';
  return {
    run: /(^|[_/])(train|validation|val|eval|test)$/u.test(cleanRun) ? '' : cleanRun,
    tag,
    split,
  };
}
