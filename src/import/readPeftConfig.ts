import type { FineTuningMethod } from '@/model/reportSchema';
import type { RunFileContext } from './createRunFileContext';
import { formatLayerList } from './formatLayerList';
import { isFourBitModelName } from './isFourBitModelName';
import { isHubModelId } from '@/model/isHubModelId';
import { readFiniteNumber } from './readFiniteNumber';
import { readStringList } from './readStringList';
import type { ReportFieldValues } from './runImportTypes';

const methods: Readonly<Record<string, FineTuningMethod>> = {
  LORA: 'lora',
  ADALORA: 'lora',
  PREFIX_TUNING: 'prefix-tuning',
  PROMPT_TUNING: 'prompt-tuning',
  P_TUNING: 'prompt-tuning',
};

const taskTypes: Readonly<Record<string, ReportFieldValues['problem.taskType']>> = {
  SEQ_CLS: 'classification',
  TOKEN_CLS: 'classification',
  CAUSAL_LM: 'generation',
  SEQ_2_SEQ_LM: 'generation',
};

/** Local checkpoints (`./results/checkpoint-500`, `C:\\models\\x`) say nothing about the base model. */
function isModelId(name: string): boolean {
  return name !== '' && !/^([./~]|[A-Za-z]:[\\/])/u.test(name) && !name.includes('\\');
}

/**
 * A PEFT adapter config, from adapter_config.json (every PEFT format from 0.2 to 0.18) or from
 * the `peft_config` a W&B config stores. Reads LoRA rank, alpha, dropout, target modules and
 * layers, the base model and the task; a 4-bit base model makes the method QLoRA.
 */
export function readPeftConfig(
  values: Record<string, unknown>,
  context: RunFileContext,
  keyPrefix = '',
): void {
  const key = (name: string): string => `${keyPrefix}${name}`;
  const peftType = typeof values['peft_type'] === 'string' ? values['peft_type'].toUpperCase() : '';
  const rank = readFiniteNumber(values['r']);
  const baseModel =
    typeof values['base_model_name_or_path'] === 'string'
      ? values['base_model_name_or_path'].trim()
      : '';
  const fourBit = baseModel !== '' && isFourBitModelName(baseModel);

  let method = methods[peftType];
  if (method === undefined && peftType === '' && rank !== null) method = 'lora';
  if (method === 'lora' && fourBit) {
    context.modelField('method', 'qlora', key('base_model_name_or_path'), 'derived');
  } else if (method !== undefined) {
    context.modelField('method', method, key('peft_type'), peftType === '' ? 'derived' : 'stated');
  } else if (peftType !== '') {
    context.modelField('method', 'other', key('peft_type'));
    context.note('PEFT method', peftType, key('peft_type'));
  }
  if (fourBit)
    context.modelField('quantization.bits', 4, key('base_model_name_or_path'), 'derived');

  if (rank !== null && rank > 0) context.modelField('lora.rank', rank, key('r'));
  const alpha = readFiniteNumber(values['lora_alpha']);
  if (alpha !== null) context.modelField('lora.alpha', alpha, key('lora_alpha'));
  const dropout = readFiniteNumber(values['lora_dropout']);
  if (dropout !== null) context.modelField('lora.dropout', dropout, key('lora_dropout'));

  const targets = readStringList(values['target_modules']);
  const layerValue = values['layers_to_transform'];
  const layers = Array.isArray(layerValue)
    ? layerValue.map(readFiniteNumber).filter((layer): layer is number => layer !== null)
    : readFiniteNumber(layerValue) === null
      ? []
      : [readFiniteNumber(layerValue) ?? 0];
  if (targets.length > 0) {
    const layerText = layers.length === 0 ? '' : ` (layers ${formatLayerList(layers)})`;
    context.modelField(
      'lora.targetModules',
      `${targets.join(', ')}${layerText}`,
      key('target_modules'),
    );
  }

  const virtualTokens = readFiniteNumber(values['num_virtual_tokens']);
  if (virtualTokens !== null && virtualTokens > 0) {
    context.modelField('promptTuning.virtualTokens', virtualTokens, key('num_virtual_tokens'));
  }

  if (isModelId(baseModel)) {
    context.modelField('architecture', baseModel, key('base_model_name_or_path'));
    if (isHubModelId(baseModel))
      context.modelField('baseModelHubId', baseModel, key('base_model_name_or_path'));
  } else if (values['base_model_name_or_path'] === null) {
    context.warn('base_model_name_or_path is null: the adapter does not name its base model.');
  }

  const taskType =
    typeof values['task_type'] === 'string'
      ? taskTypes[values['task_type'].toUpperCase()]
      : undefined;
  if (taskType !== undefined)
    context.reportField('problem.taskType', taskType, key('task_type'), 'hint');

  if (typeof values['peft_version'] === 'string') {
    context.libraryVersion('peft', values['peft_version'], key('peft_version'));
  }
  if (values['use_dora'] === true)
    context.note('DoRA', 'on (weight-decomposed LoRA)', key('use_dora'));
  if (values['use_rslora'] === true)
    context.note('rsLoRA', 'on (rank-stabilized scaling)', key('use_rslora'));
  const modulesToSave = readStringList(values['modules_to_save']);
  if (modulesToSave.length > 0)
    context.note('Modules trained in full', modulesToSave.join(', '), key('modules_to_save'));
}
