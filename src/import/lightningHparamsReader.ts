import { isRecord } from '@/model/isRecord';
import { readHyperparameters } from './readHyperparameters';
import type { RunFileReader } from './runFileReader';

const hyperparameterKey =
  /^(lr|learning_rate|batch_size|epochs|num_epochs|max_epochs|weight_decay|optimizer|seed|max_steps|warmup_steps|dropout)$/iu;

/** Nested sections (`model: {lr: …}`) are read by their leaf names; the first of a name wins. */
function flatten(
  value: Record<string, unknown>,
  into: Record<string, unknown>,
  depth: number,
): void {
  for (const [key, entry] of Object.entries(value)) {
    if (isRecord(entry) && depth < 3) flatten(entry, into, depth + 1);
    else if (!(key in into)) into[key] = entry;
  }
}

/** PyTorch Lightning's hparams.yaml (what `save_hyperparameters()` stored), or a similar flat config. */
export const lightningHparamsReader: RunFileReader = {
  container: 'yaml',
  format: 'lightning-hparams',
  matches: (value, hint) =>
    (isRecord(value) || value === null) &&
    (hint.fileName === 'hparams.yaml' ||
      (isRecord(value) &&
        Object.keys(value).filter((key) => hyperparameterKey.test(key)).length >= 2)),
  read(value, context) {
    if (!isRecord(value) || Object.keys(value).length === 0) {
      context.warn('hparams.yaml is empty: the model did not call save_hyperparameters().');
      return;
    }
    const flat: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    flatten(value, flat, 0);
    readHyperparameters(flat, context, true);
  },
};
