import type { Hyperparameters } from '@/model/reportSchema';
import { readWarmup } from './readWarmup';
import { addModelGap, type KitModel } from './kitModel';
import { trainingArgumentDefaults } from './trainingArgumentDefaults';
import { optimizerAliases, optimizerNames, schedulerNames } from './trainingArgumentEnums';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

type DefaultedKey = keyof typeof trainingArgumentDefaults;

const selectionCriterion =
  /^Checkpoint with the best (\S+?)(?:, (higher|lower) is better)? \(load_best_model_at_end\)$/u;

/** The `optim` value an Optimizer text names, or null when it names none of this release's. */
export function findOptimizerName(text: string, names: readonly string[]): string | null {
  const typed = text.trim().toLowerCase();
  const named = optimizerAliases[typed] ?? typed.replace(/[\s-]+/gu, '_');
  return names.includes(named) ? named : null;
}

function isAdamFamily(optimizer: string | null): boolean {
  return optimizer === null || /adam/u.test(optimizer);
}

/**
 * The model's hyperparameters as `transformers.TrainingArguments` keys, named as in the
 * transformers release the report gives: only keys whose value differs from its default, plus
 * `output_dir`, `seed` and the evaluation the kit's script runs. What cannot be written becomes a gap.
 */
export function buildTrainingArguments(kit: KitModel): Record<string, JsonValue> {
  const { model, target } = kit;
  const hyperparameters: Hyperparameters = model.hyperparameters;
  const values: Record<string, JsonValue> = {
    output_dir: `outputs/${kit.folder.split('/').pop() ?? 'model'}`,
  };
  const write = (key: DefaultedKey, value: number | string | boolean): void => {
    if (value !== trainingArgumentDefaults[key]) values[key] = value;
  };
  /** Keys typed `int`: a fraction would be taken as given and fail in training, so it is left out. */
  const writeWhole = (key: DefaultedKey, value: number, keys: string[], label: string): void => {
    if (Number.isInteger(value)) write(key, value);
    else
      addModelGap(
        kit,
        keys,
        `the ${label} ${value} is not a whole number, which ${key} needs; the kit leaves it out.`,
      );
  };
  const release =
    target.version === null ? `transformers ${target.reference}` : `transformers ${target.version}`;

  if (hyperparameters.learningRate === null)
    addModelGap(
      kit,
      ['hyperparameters', 'learningRate'],
      'no learning rate; the kit leaves it to the Trainer’s default, 5e-5.',
    );
  else write('learning_rate', hyperparameters.learningRate);

  if (hyperparameters.maxSteps !== null)
    writeWhole('max_steps', hyperparameters.maxSteps, ['hyperparameters', 'maxSteps'], 'max steps');
  else if (hyperparameters.epochs !== null) write('num_train_epochs', hyperparameters.epochs);
  else
    addModelGap(
      kit,
      ['hyperparameters', 'epochs'],
      'neither epochs nor max steps; the kit leaves them to the Trainer’s default, 3 epochs.',
    );

  if (hyperparameters.batchSize === null)
    addModelGap(
      kit,
      ['hyperparameters', 'batchSize'],
      'no batch size; the kit leaves it to the Trainer’s default, 8 per device.',
    );
  else
    writeWhole(
      'per_device_train_batch_size',
      hyperparameters.batchSize,
      ['hyperparameters', 'batchSize'],
      'batch size',
    );
  if (hyperparameters.gradientAccumulation !== null)
    writeWhole(
      'gradient_accumulation_steps',
      hyperparameters.gradientAccumulation,
      ['hyperparameters', 'gradientAccumulation'],
      'gradient accumulation',
    );

  const scheduler = hyperparameters.scheduler.trim();
  if (scheduler !== '') {
    const named = scheduler.toLowerCase().replace(/[\s-]+/gu, '_');
    if (schedulerNames[target.reference].includes(named)) write('lr_scheduler_type', named);
    else
      addModelGap(
        kit,
        ['hyperparameters', 'scheduler'],
        `the scheduler “${scheduler}” is no lr_scheduler_type of ${release}; the kit leaves it to the default, linear.`,
      );
  }

  const warmup = readWarmup(hyperparameters.warmup);
  if (warmup === null)
    addModelGap(
      kit,
      ['hyperparameters', 'warmup'],
      `the warmup “${hyperparameters.warmup.trim()}” is neither a step count nor a share of steps; the kit uses none.`,
    );
  else if (warmup?.kind === 'steps')
    writeWhole('warmup_steps', warmup.steps, ['hyperparameters', 'warmup'], 'warmup step count');
  else if (warmup?.kind === 'ratio') write(target.warmupRatioKey, warmup.ratio);

  const optimizerText = hyperparameters.optimizer.trim();
  const optimizer =
    optimizerText === ''
      ? null
      : findOptimizerName(optimizerText, optimizerNames[target.reference]);
  if (optimizer !== null) values['optim'] = optimizer;
  else if (optimizerText !== '')
    addModelGap(
      kit,
      ['hyperparameters', 'optimizer'],
      `the optimizer “${optimizerText}” maps to no optim value of ${release}; the kit leaves optim to the Trainer’s default.`,
    );
  if (isAdamFamily(optimizer)) {
    if (hyperparameters.adamBeta1 !== null) write('adam_beta1', hyperparameters.adamBeta1);
    if (hyperparameters.adamBeta2 !== null) write('adam_beta2', hyperparameters.adamBeta2);
    if (hyperparameters.adamEpsilon !== null) write('adam_epsilon', hyperparameters.adamEpsilon);
  }
  if (hyperparameters.weightDecay !== null) write('weight_decay', hyperparameters.weightDecay);
  if (hyperparameters.maxGradNorm !== null) write('max_grad_norm', hyperparameters.maxGradNorm);

  const precision = hyperparameters.precision;
  if (precision === 'bf16') values['bf16'] = true;
  else if (precision === 'fp16') values['fp16'] = true;
  else if (precision === 'tf32') values['tf32'] = true;
  else if (precision === null)
    addModelGap(
      kit,
      ['hyperparameters', 'precision'],
      'no precision; the kit trains in fp32, the Trainer’s default.',
    );
  else if (precision !== 'fp32')
    addModelGap(
      kit,
      ['hyperparameters', 'precision'],
      `the precision ${precision} has no TrainingArguments switch; the kit trains in fp32.`,
    );

  values[target.evaluationStrategyKey] = 'epoch';
  const selection = selectionCriterion.exec(model.selection.selectionCriterion.trim());
  if (selection !== null) {
    values['save_strategy'] = 'epoch';
    values['load_best_model_at_end'] = true;
    values['metric_for_best_model'] = selection[1] ?? 'loss';
    if (selection[2] !== undefined) values['greater_is_better'] = selection[2] === 'higher';
  }
  values['seed'] = kit.seed;
  if (target.reportToDefaultsToAll) values['report_to'] = 'none';
  return values;
}
