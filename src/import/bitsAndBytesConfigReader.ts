import { isRecord } from '@/model/isRecord';
import { readQuantizationConfig } from './readQuantizationConfig';
import type { RunFileReader } from './runFileReader';

const bitsAndBytesKeys = ['load_in_4bit', 'load_in_8bit', 'bnb_4bit_quant_type'] as const;

/**
 * A standalone bitsandbytes config: what `BitsAndBytesConfig(...).to_dict()` writes, or a
 * hand-written bnb_config.json. A model config holds the same keys under `quantization_config`.
 */
export const bitsAndBytesConfigReader: RunFileReader = {
  container: 'json',
  format: 'bitsandbytes-config',
  matches: (value) =>
    isRecord(value) && !('model_type' in value) && bitsAndBytesKeys.some((key) => key in value),
  read(value, context) {
    if (!isRecord(value)) return;
    const bits = readQuantizationConfig(value, context);
    // Weights loaded in 4 bits are trained through adapters: with LoRA, that is QLoRA.
    if (bits === 4) context.modelField('method', 'qlora', 'load_in_4bit', 'derived');
  },
};
