import type { JsonValue } from './buildTrainingArguments';
import { addModelGap, type KitModel } from './kitModel';

/** The names `bnb_4bit_compute_dtype` takes (a torch dtype), by what people type. */
const computeDtypes: Readonly<Record<string, string>> = {
  bfloat16: 'bfloat16',
  bf16: 'bfloat16',
  'torch.bfloat16': 'bfloat16',
  float16: 'float16',
  fp16: 'float16',
  half: 'float16',
  'torch.float16': 'float16',
  float32: 'float32',
  fp32: 'float32',
  'torch.float32': 'float32',
};

/**
 * bnb_config.json for a QLoRA model, the keyword arguments of `BitsAndBytesConfig`: 4 or 8 bits,
 * the 4-bit type, double quantization and the compute dtype by name.
 */
export function buildBitsAndBytesConfig(kit: KitModel): Record<string, JsonValue> {
  const { quantization } = kit.model;
  const eightBit = quantization.bits === 8 || quantization.type === 'int8';
  if (quantization.bits !== null && quantization.bits !== 4 && quantization.bits !== 8)
    addModelGap(
      kit,
      ['quantization', 'bits'],
      `${quantization.bits}-bit quantization is not one bitsandbytes offers; the kit loads the base model in 4 bits.`,
    );
  if (eightBit) return { load_in_8bit: true };
  const config: Record<string, JsonValue> = { load_in_4bit: true };
  if (quantization.type === 'other')
    addModelGap(
      kit,
      ['quantization', 'type'],
      'the quantization type Other is not one bitsandbytes offers; the kit uses nf4.',
    );
  config['bnb_4bit_quant_type'] = quantization.type === 'fp4' ? 'fp4' : 'nf4';
  config['bnb_4bit_use_double_quant'] = quantization.doubleQuantization;
  const typed = quantization.computeDtype.trim();
  const dtype = computeDtypes[typed.toLowerCase()];
  if (dtype !== undefined) config['bnb_4bit_compute_dtype'] = dtype;
  else
    addModelGap(
      kit,
      ['quantization', 'computeDtype'],
      typed === ''
        ? 'no compute dtype; bitsandbytes computes in float32 then.'
        : `the compute dtype “${typed}” is no torch dtype; bitsandbytes computes in float32 then.`,
    );
  return config;
}
