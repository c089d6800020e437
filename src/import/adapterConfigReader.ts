import { isRecord } from '@/model/isRecord';
import { readPeftConfig } from './readPeftConfig';
import type { RunFileReader } from './runFileReader';

/** PEFT adapter_config.json, from the oldest (`enable_lora`, `merge_weights`) to PEFT 0.18. */
export const adapterConfigReader: RunFileReader = {
  container: 'json',
  format: 'peft-adapter-config',
  matches: (value) =>
    isRecord(value) &&
    (typeof value['peft_type'] === 'string' ||
      ('r' in value && 'lora_alpha' in value) ||
      ('base_model_name_or_path' in value && 'target_modules' in value)),
  read(value, context) {
    if (isRecord(value)) readPeftConfig(value, context);
  },
};
