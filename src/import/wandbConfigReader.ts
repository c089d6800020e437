import { isRecord } from '@/model/isRecord';
import { readHyperparameters } from './readHyperparameters';
import { readModelConfig } from './readModelConfig';
import { readTrainingArguments } from './readTrainingArguments';
import type { RunFileReader } from './runFileReader';

function isWrapped(value: unknown): boolean {
  return (
    isRecord(value) &&
    'value' in value &&
    Object.keys(value).every((key) => key === 'value' || key === 'desc')
  );
}

/**
 * A W&B run's config.yaml, old form (`key: {desc: null, value: …}`) and new (`key: {value: …}`).
 * With the HF integration it holds the TrainingArguments and the model config together.
 */
export const wandbConfigReader: RunFileReader = {
  container: 'yaml',
  format: 'wandb-config',
  matches(value) {
    if (!isRecord(value)) return false;
    if ('wandb_version' in value || '_wandb' in value) return true;
    const entries = Object.values(value);
    return entries.length >= 3 && entries.filter(isWrapped).length * 5 >= entries.length * 4;
  },
  read(value, context) {
    if (!isRecord(value)) return;
    const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'wandb_version') continue;
      values[key] = isWrapped(entry) && isRecord(entry) ? entry['value'] : entry;
    }
    const wandbBlock = values['_wandb'];
    readTrainingArguments(values, context);
    readModelConfig(values, context);
    readHyperparameters(values, context, false);
    if (isRecord(wandbBlock)) {
      if (typeof wandbBlock['cli_version'] === 'string') {
        context.libraryVersion('wandb', wandbBlock['cli_version'], '_wandb.cli_version');
      }
      if (typeof wandbBlock['python_version'] === 'string') {
        context.libraryVersion('Python', wandbBlock['python_version'], '_wandb.python_version');
      }
      if (typeof wandbBlock['huggingface_version'] === 'string') {
        context.libraryVersion(
          'transformers',
          wandbBlock['huggingface_version'],
          '_wandb.huggingface_version',
          'derived',
        );
      }
    }
    context.loggingTool('Weights & Biases', 'config.yaml');
  },
};
