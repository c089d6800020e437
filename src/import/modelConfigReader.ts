import { isRecord } from '@/model/isRecord';
import { readModelConfig } from './readModelConfig';
import type { RunFileReader } from './runFileReader';

/** A Transformers config.json saved next to the weights. */
export const modelConfigReader: RunFileReader = {
  container: 'json',
  format: 'hf-model-config',
  matches: (value) =>
    isRecord(value) &&
    typeof value['model_type'] === 'string' &&
    ('architectures' in value || 'transformers_version' in value),
  read(value, context) {
    if (isRecord(value)) readModelConfig(value, context);
  },
};
