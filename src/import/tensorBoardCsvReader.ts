import { createRestartAwareSeries } from './createRestartAwareSeries';
import { forEachLine } from './forEachLine';
import { readFiniteNumber } from './readFiniteNumber';
import { readScalarHistory } from './readScalarHistory';
import type { RunFileReader } from './runFileReader';
import { tensorBoardTagName } from './tensorBoardTagName';

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).replace(/^\ufeff/u, '').trim();
}

function readValue(cell: string): number | null | undefined {
  const trimmed = cell.trim().replace(/^"|"$/gu, '');
  if (/^[-+]?(nan|inf|infinity)$/iu.test(trimmed)) return null;
  return readFiniteNumber(trimmed) ?? undefined;
}

/** TensorBoard's "Download CSV" of one scalar: `Wall time,Step,Value`, steps in write order. */
export const tensorBoardCsvReader: RunFileReader = {
  container: 'text',
  format: 'tensorboard-csv',
  matches: (text) => /^"?wall time"?,"?step"?,"?value"?$/iu.test(firstLine(text)),
  read(text, context) {
    const { run, tag, split } = tensorBoardTagName(context.hint);
    const history = createRestartAwareSeries();
    let bad = 0;
    forEachLine(text, (line, lineNumber, endOffset) => {
      if (lineNumber === 1 || line.trim() === '') return;
      if (lineNumber % 50_000 === 0) context.progress(endOffset / text.length);
      const [, stepCell = '', valueCell = ''] = line.split(',');
      const step = readFiniteNumber(stepCell.trim().replace(/^"|"$/gu, ''));
      const value = readValue(valueCell);
      if (step === null || value === undefined) {
        bad += 1;
        return;
      }
      history.add(step, value);
    });
    if (bad > 0) context.warn(`${bad} lines were not "wall time, step, value" and were skipped.`);
    readScalarHistory(
      history,
      tag,
      split,
      'Value',
      context,
      run === '' ? undefined : { run, lastValueAsResult: 'when-split-named' },
    );
  },
};
