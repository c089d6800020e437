import { forEachLine } from './forEachLine';
import { readTrainingArguments } from './readTrainingArguments';
import type { RunFileReader } from './runFileReader';

const header = /^\s*[A-Z]\w*(Arguments|Config)\(\s*$/mu;

function readScalar(text: string): unknown {
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (text === 'None') return null;
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}

/**
 * `print(training_args)`: `TrainingArguments(\n_n_gpu=1,\nadafactor=False,\n…)`, one `key=value,`
 * per line with strings unquoted, as logs and notebooks keep it.
 */
export const trainingArgumentsTextReader: RunFileReader = {
  container: 'text',
  format: 'hf-training-arguments',
  matches: (text) => header.test(text.slice(0, 2000)) && /^learning_rate=/mu.test(text),
  read(text, context) {
    const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    forEachLine(text, (line) => {
      const match = /^([A-Za-z_]\w*)=(.*?),?$/u.exec(line.trim());
      if (match?.[1] !== undefined && match[2] !== undefined)
        values[match[1]] = readScalar(match[2].trim());
    });
    readTrainingArguments(values, context);
  },
};
