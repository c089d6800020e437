import type { RunFileContext } from './createRunFileContext';
import { isFourBitModelName } from './isFourBitModelName';
import { isRecord } from '@/model/isRecord';
import { readFiniteNumber } from './readFiniteNumber';
import { readPeftConfig } from './readPeftConfig';

function isModelId(name: string): boolean {
  return /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/u.test(name) && !/^checkpoint-\d+$/u.test(name);
}

function readQuantization(
  config: Record<string, unknown>,
  context: RunFileContext,
  key: string,
): void {
  const method =
    typeof config['quant_method'] === 'string' ? config['quant_method'].toLowerCase() : '';
  const fourBit = config['load_in_4bit'] === true || config['_load_in_4bit'] === true;
  const eightBit = config['load_in_8bit'] === true || config['_load_in_8bit'] === true;
  if (fourBit) {
    context.modelField('quantization.bits', 4, `${key}.load_in_4bit`);
    const type =
      typeof config['bnb_4bit_quant_type'] === 'string' ? config['bnb_4bit_quant_type'] : '';
    if (type === 'nf4' || type === 'fp4')
      context.modelField('quantization.type', type, `${key}.bnb_4bit_quant_type`);
    if (typeof config['bnb_4bit_use_double_quant'] === 'boolean') {
      context.modelField(
        'quantization.doubleQuantization',
        config['bnb_4bit_use_double_quant'],
        `${key}.bnb_4bit_use_double_quant`,
      );
    }
    const computeDtype = config['bnb_4bit_compute_dtype'];
    if (typeof computeDtype === 'string') {
      context.modelField(
        'quantization.computeDtype',
        computeDtype.replace(/^torch\./u, ''),
        `${key}.bnb_4bit_compute_dtype`,
      );
    }
  } else if (eightBit) {
    context.modelField('quantization.bits', 8, `${key}.load_in_8bit`);
    context.modelField('quantization.type', 'int8', `${key}.load_in_8bit`);
  } else if (method !== '' && method !== 'bitsandbytes') {
    const bits = readFiniteNumber(config['bits']);
    if (bits !== null) context.modelField('quantization.bits', bits, `${key}.bits`);
    context.modelField('quantization.type', 'other', `${key}.quant_method`);
    context.note('Quantization method', method, `${key}.quant_method`);
  }
}

/**
 * A Transformers model config (config.json, or the model half of a W&B config): the base model,
 * bitsandbytes/GPTQ quantization, the task and the Transformers version that wrote it.
 */
export function readModelConfig(values: Record<string, unknown>, context: RunFileContext): void {
  const nameOrPath =
    typeof values['_name_or_path'] === 'string' ? values['_name_or_path'].trim() : '';
  const architectures = Array.isArray(values['architectures'])
    ? values['architectures'].filter((item): item is string => typeof item === 'string')
    : [];
  if (isModelId(nameOrPath)) {
    context.modelField('architecture', nameOrPath, '_name_or_path');
    if (isFourBitModelName(nameOrPath))
      context.modelField('quantization.bits', 4, '_name_or_path', 'derived');
  } else if (architectures[0] !== undefined) {
    context.modelField('architecture', architectures[0], 'architectures', 'hint');
  }
  if (typeof values['model_type'] === 'string')
    context.note('Model type', values['model_type'], 'model_type');

  const quantization = values['quantization_config'];
  if (isRecord(quantization)) readQuantization(quantization, context, 'quantization_config');

  const problemType = values['problem_type'];
  if (
    problemType === 'single_label_classification' ||
    problemType === 'multi_label_classification'
  ) {
    context.reportField('problem.taskType', 'classification', 'problem_type', 'derived');
  } else if (problemType === 'regression') {
    context.reportField('problem.taskType', 'regression', 'problem_type', 'derived');
  }

  const dtype = values['torch_dtype'] ?? values['dtype'];
  if (typeof dtype === 'string') context.note('Weights dtype', dtype, 'torch_dtype');
  if (typeof values['transformers_version'] === 'string') {
    context.libraryVersion('transformers', values['transformers_version'], 'transformers_version');
  }

  const peft = values['peft_config'];
  if (isRecord(peft)) {
    const adapters = Object.entries(peft).filter(([, adapter]) => isRecord(adapter));
    const [first] = adapters;
    if (first !== undefined && isRecord(first[1]))
      readPeftConfig(first[1], context, `peft_config.${first[0]}.`);
    if (adapters.length > 1)
      context.warn(
        `peft_config holds ${adapters.length} adapters; only "${first?.[0] ?? ''}" was read.`,
      );
  }
}
