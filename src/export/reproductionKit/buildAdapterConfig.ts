import type { TaskType } from '@/model/reportSchema';
import type { JsonValue } from './buildTrainingArguments';
import { addModelGap, type KitModel } from './kitModel';

/** PEFT's TaskType for the report's task; regression is a one-label sequence classifier. */
const peftTaskTypes: { readonly [Task in TaskType]: string | null } = {
  classification: 'SEQ_CLS',
  regression: 'SEQ_CLS',
  generation: 'CAUSAL_LM',
  other: null,
};

/** `q_proj, k_proj` → `["q_proj", "k_proj"]`; `all-linear` stays one word, as PEFT takes it. */
export function readTargetModules(text: string): string[] {
  return text
    .split(/[,\s]+/u)
    .map((module) => module.trim())
    .filter((module) => module !== '');
}

const moduleName = /^[\w.*-]+$/u;

/**
 * adapter_config.json for a LoRA or QLoRA model, loadable as `LoraConfig(**json)`: rank, alpha,
 * dropout, target modules, bias, task type and base model, with `peft_type` as PEFT sets it.
 */
export function buildAdapterConfig(kit: KitModel, baseModel: string): Record<string, JsonValue> {
  const { lora } = kit.model;
  const config: Record<string, JsonValue> = {
    peft_type: 'LORA',
    base_model_name_or_path: baseModel,
    task_type: peftTaskTypes[kit.report.problem.taskType],
    inference_mode: false,
    bias: 'none',
  };
  if (lora.rank === null)
    addModelGap(kit, ['lora', 'rank'], 'no LoRA rank; the kit leaves it to PEFT’s default, 8.');
  else if (Number.isInteger(lora.rank)) config['r'] = lora.rank;
  else
    addModelGap(
      kit,
      ['lora', 'rank'],
      `the LoRA rank ${lora.rank} is not a whole number; the kit leaves it to PEFT’s default, 8.`,
    );
  if (lora.alpha === null)
    addModelGap(kit, ['lora', 'alpha'], 'no LoRA alpha; the kit leaves it to PEFT’s default, 8.');
  else config['lora_alpha'] = lora.alpha;
  if (lora.dropout !== null) config['lora_dropout'] = lora.dropout;
  const modules = readTargetModules(lora.targetModules);
  if (modules.length === 0)
    addModelGap(
      kit,
      ['lora', 'targetModules'],
      'no target modules; PEFT picks its default modules for the architecture.',
    );
  else if (modules.every((module) => moduleName.test(module)))
    config['target_modules'] =
      modules.length === 1 && modules[0] === 'all-linear' ? 'all-linear' : modules;
  else
    addModelGap(
      kit,
      ['lora', 'targetModules'],
      `the target modules “${lora.targetModules.trim()}” are not a list of module names; the kit leaves them to PEFT’s default.`,
    );
  if (config['task_type'] === null)
    addModelGap(
      kit,
      ['method'],
      'the task type Other has no PEFT task type; adapter_config.json leaves task_type empty.',
    );
  return config;
}
