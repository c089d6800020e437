import { formatNumber } from '@/model/numberInput';
import { formatDuration } from './formatDuration';
import { isRecord } from '@/model/isRecord';
import { readFiniteNumber } from './readFiniteNumber';
import { readFinalMetrics } from './readFinalMetrics';
import { readTrainingTime } from './readTrainingTime';
import type { RunFileReader } from './runFileReader';

const prefixed = /^(train|eval|test|predict|val|validation)[/_]/u;

function formatCount(value: number): string {
  if (value >= 1e9) return `${Number((value / 1e9).toPrecision(3))}B`;
  if (value >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  return value.toLocaleString('en-US');
}

/** wandb-summary.json: the last value of everything the run logged. */
export const wandbSummaryReader: RunFileReader = {
  container: 'json',
  format: 'wandb-summary',
  matches: (value) =>
    isRecord(value) &&
    ('_wandb' in value || '_runtime' in value || '_step' in value || '_timestamp' in value),
  read(value, context) {
    if (!isRecord(value)) return;
    const scalars = Object.fromEntries(
      Object.entries(value).filter(([, entry]) => typeof entry === 'number'),
    );
    readFinalMetrics(scalars, context);

    const lastLoss = readFiniteNumber(value['train/loss']);
    if (lastLoss !== null)
      context.note('Last logged training loss', formatNumber(lastLoss), 'train/loss');
    const step = readFiniteNumber(value['train/global_step']);
    if (step !== null)
      context.note('Optimizer steps completed', step.toLocaleString('en-US'), 'train/global_step');
    const parameters = readFiniteNumber(value['model/num_parameters']);
    if (parameters !== null && parameters > 0) {
      context.modelField('parameterCount', formatCount(parameters), 'model/num_parameters');
    }
    const wandbBlock = value['_wandb'];
    const runtime = readFiniteNumber(isRecord(wandbBlock) ? wandbBlock['runtime'] : null);
    if (runtime !== null && !('_runtime' in value)) {
      context.note('Run time', formatDuration(runtime), '_wandb.runtime');
      readTrainingTime('_wandb.runtime', runtime, context);
    }

    for (const [key, entry] of Object.entries(scalars)) {
      if (
        key.startsWith('_') ||
        prefixed.test(key) ||
        key.includes('/') ||
        typeof entry !== 'number'
      )
        continue;
      if (/(runtime|per_second|flos)$/u.test(key)) continue;
      if (Number.isFinite(entry)) context.note(key, formatNumber(entry), key);
    }
    const media = Object.values(value).filter(
      (entry) => isRecord(entry) && typeof entry['_type'] === 'string',
    ).length;
    if (media > 0) context.note('Tables, histograms and media', `${media} (not imported)`, '_type');
    context.loggingTool('Weights & Biases', '_wandb');
  },
};
