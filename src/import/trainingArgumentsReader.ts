import { isRecord } from '@/model/isRecord';
import { readTrainingArguments } from './readTrainingArguments';
import type { RunFileReader } from './runFileReader';

/** Hugging Face training_args.json (`TrainingArguments.to_json_string()`, TRL configs too). */
export const trainingArgumentsReader: RunFileReader = {
  container: 'json',
  format: 'hf-training-arguments',
  matches: (value) =>
    isRecord(value) &&
    ('per_device_train_batch_size' in value ||
      ('learning_rate' in value && 'output_dir' in value) ||
      ('lr_scheduler_type' in value && 'num_train_epochs' in value)),
  read(value, context) {
    if (isRecord(value)) readTrainingArguments(value, context);
  },
};
