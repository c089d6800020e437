import type { RunFileContext } from './createRunFileContext';
import { readFiniteNumber } from './readFiniteNumber';

/**
 * A Transformers quantization config: a `BitsAndBytesConfig` (its `to_dict()`, a hand-written
 * bnb_config.json, or config.json's `quantization_config`), or another method's (GPTQ, AWQ),
 * which gives its bits and is named in a note. `keyPrefix` is where the config sits in its file.
 * Returns the bits the weights were loaded in, or null when the config does not say.
 */
export function readQuantizationConfig(
  config: Record<string, unknown>,
  context: RunFileContext,
  keyPrefix = '',
): number | null {
  const key = (name: string): string => `${keyPrefix}${name}`;
  const method =
    typeof config['quant_method'] === 'string' ? config['quant_method'].toLowerCase() : '';
  const fourBit = config['load_in_4bit'] === true || config['_load_in_4bit'] === true;
  const eightBit = config['load_in_8bit'] === true || config['_load_in_8bit'] === true;
  if (fourBit) {
    context.modelField('quantization.bits', 4, key('load_in_4bit'));
    const type =
      typeof config['bnb_4bit_quant_type'] === 'string' ? config['bnb_4bit_quant_type'] : '';
    if (type === 'nf4' || type === 'fp4')
      context.modelField('quantization.type', type, key('bnb_4bit_quant_type'));
    if (typeof config['bnb_4bit_use_double_quant'] === 'boolean') {
      context.modelField(
        'quantization.doubleQuantization',
        config['bnb_4bit_use_double_quant'],
        key('bnb_4bit_use_double_quant'),
      );
    }
    const computeDtype = config['bnb_4bit_compute_dtype'];
    if (typeof computeDtype === 'string') {
      context.modelField(
        'quantization.computeDtype',
        computeDtype.replace(/^torch\./u, ''),
        key('bnb_4bit_compute_dtype'),
      );
    }
    return 4;
  }
  if (eightBit) {
    context.modelField('quantization.bits', 8, key('load_in_8bit'));
    context.modelField('quantization.type', 'int8', key('load_in_8bit'));
    return 8;
  }
  if (method !== '' && method !== 'bitsandbytes') {
    const bits = readFiniteNumber(config['bits']);
    if (bits !== null) context.modelField('quantization.bits', bits, key('bits'));
    context.modelField('quantization.type', 'other', key('quant_method'));
    context.note('Quantization method', method, key('quant_method'));
    return bits;
  }
  return null;
}
