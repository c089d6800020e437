import { isRecord } from '@/model/isRecord';
import { readFinalMetrics } from './readFinalMetrics';
import type { RunFileReader } from './runFileReader';

const resultKey = /^(epoch|total_flos|(train|eval|predict|test|init)_.+)$/u;

/** all_results.json, train_results.json, eval_results.json, predict_results.json. */
export const trainerResultsReader: RunFileReader = {
  container: 'json',
  format: 'hf-results',
  matches(value) {
    if (!isRecord(value)) return false;
    const entries = Object.entries(value);
    if (entries.length === 0) return false;
    const numeric = entries.every(([, entry]) => entry === null || typeof entry === 'number');
    const known = entries.filter(([key]) => resultKey.test(key)).length;
    return numeric && known * 2 >= entries.length;
  },
  read(value, context) {
    if (isRecord(value)) readFinalMetrics(value, context);
  },
};
