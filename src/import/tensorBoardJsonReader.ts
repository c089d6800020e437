import { createRestartAwareSeries } from './createRestartAwareSeries';
import { readFiniteNumber } from './readFiniteNumber';
import { readScalarHistory } from './readScalarHistory';
import type { RunFileReader } from './runFileReader';
import { tensorBoardTagName } from './tensorBoardTagName';

function isTriple(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length === 3 && typeof value[1] === 'number';
}

/** TensorBoard's "Download JSON" of one scalar: `[[wall_time, step, value], …]`. */
export const tensorBoardJsonReader: RunFileReader = {
  container: 'json',
  format: 'tensorboard-json',
  matches: (value) => Array.isArray(value) && value.length > 0 && isTriple(value[0]),
  read(value, context) {
    if (!Array.isArray(value)) return;
    const { run, tag, split } = tensorBoardTagName(context.hint);
    const history = createRestartAwareSeries();
    let bad = 0;
    for (const entry of value) {
      const step = isTriple(entry) ? readFiniteNumber(entry[1]) : null;
      if (!isTriple(entry) || step === null) {
        bad += 1;
        continue;
      }
      history.add(step, readFiniteNumber(entry[2]));
    }
    if (bad > 0) context.warn(`${bad} entries were not [wall time, step, value] and were skipped.`);
    readScalarHistory(
      history,
      tag,
      split,
      '[][2]',
      context,
      run === '' ? undefined : { run, lastValueAsResult: 'when-split-named' },
    );
  },
};
