import { createRestartAwareSeries } from './createRestartAwareSeries';
import { forEachLine } from './forEachLine';
import { mlflowNameAfter } from './mlflowNameAfter';
import { readFiniteNumber } from './readFiniteNumber';
import { readScalarHistory } from './readScalarHistory';
import type { RunFileReader } from './runFileReader';

const metricLine = /^(\d{9,}) (\S+)(?: (-?\d+))?$/u;

function readValue(text: string): number | null | undefined {
  if (/^[-+]?(nan|inf|infinity)$/iu.test(text)) return null;
  return readFiniteNumber(text) ?? undefined;
}

/**
 * One metric's history in an MLflow file store (`mlruns/<experiment>/<run>/metrics/<name>`): lines
 * of `<timestamp ms> <value> <step>` (older stores omit the step). Recognised by its lines; the
 * metric's name is its path after `metrics/`.
 */
export const mlflowMetricReader: RunFileReader = {
  container: 'text',
  format: 'mlflow-metric',
  matches(text, hint) {
    let checked = 0;
    let valid = true;
    forEachLine(text, (line) => {
      if (line.trim() === '') return true;
      checked += 1;
      const match = metricLine.exec(line.trim());
      if (
        match === null ||
        readValue(match[2] ?? '') === undefined ||
        (match[3] === undefined && !hint.folders.includes('metrics'))
      ) {
        valid = false;
      }
      return valid && checked < 20;
    });
    return valid && checked > 0;
  },
  read(text, context) {
    const name = mlflowNameAfter(context.hint.path, 'metrics') ?? context.hint.fileName;
    const history = createRestartAwareSeries();
    let bad = 0;
    let index = 0;
    forEachLine(text, (line, lineNumber, endOffset) => {
      if (lineNumber % 50_000 === 0) context.progress(endOffset / text.length);
      const match = metricLine.exec(line.trim());
      const value = match === null ? undefined : readValue(match[2] ?? '');
      if (match === null || value === undefined) {
        if (line.trim() !== '') bad += 1;
        return;
      }
      const step = match[3] === undefined ? index : Number(match[3]);
      index += 1;
      history.add(step, value);
    });
    if (bad > 0) context.warn(`${bad} lines were not "timestamp value step" and were skipped.`);
    readScalarHistory(history, name, 'unknown', 'value', context, {
      lastValueAsResult: 'assume-validation',
    });
    context.loggingTool('MLflow', 'metrics');
  },
};
