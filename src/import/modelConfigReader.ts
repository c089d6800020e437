import { isPlainRecord } from './isPlainRecord';
import { readModelConfig } from './readModelConfig';
import type { RunFileReader } from './runFileReader';

/** A Transformers config.json saved next to the weights. */
export const modelConfigReader: RunFileReader = {
  container: 'json',
  format: 'hf-model-config',
  matches: (value) =>
    isPlainRecord(value) &&
    typeof value['model_type'] === 'string' &&
    ('architectures' in value || 'transformers_version' in value),
  read(value, context) {
    if (isPlainRecord(value)) readModelConfig(value, context);
  },
};
