import { isRecord } from '@/model/isRecord';
import { readTrainingArguments } from './readTrainingArguments';
import type { RunFileReader } from './runFileReader';

/**
 * Hugging Face training_args.json (`TrainingArguments.to_json_string()`, TRL configs too). Every
 * dump has `output_dir` and `seed`; the reproduction kit's file keeps only those two when every
 * other value is the Trainer's default.
 */
export const trainingArgumentsReader: RunFileReader = {
  container: 'json',
  format: 'hf-training-arguments',
  matches: (value) =>
    isRecord(value) &&
    ('per_device_train_batch_size' in value ||
      ('output_dir' in value && ('learning_rate' in value || 'seed' in value)) ||
      ('lr_scheduler_type' in value && 'num_train_epochs' in value)),
  read(value, context) {
    if (isRecord(value)) readTrainingArguments(value, context);
  },
};
