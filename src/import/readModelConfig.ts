import type { RunFileContext } from './createRunFileContext';
import { isFourBitModelName } from './isFourBitModelName';
import { isRecord } from '@/model/isRecord';
import { readPeftConfig } from './readPeftConfig';
import { readQuantizationConfig } from './readQuantizationConfig';

function isModelId(name: string): boolean {
  return /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)?$/u.test(name) && !/^checkpoint-\d+$/u.test(name);
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
  if (isRecord(quantization)) readQuantizationConfig(quantization, context, 'quantization_config.');

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
