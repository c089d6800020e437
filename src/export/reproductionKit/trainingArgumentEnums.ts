import type { ReferenceTransformersVersion } from './transformersTarget';

/** `optim` values every reference release accepts (its OptimizerNames enum). */
const optimizersInEveryRelease = [
  'adamw_torch',
  'adamw_torch_fused',
  'adamw_torch_xla',
  'adamw_torch_npu_fused',
  'adafactor',
  'adamw_anyprecision',
  'sgd',
  'adagrad',
  'adamw_bnb_8bit',
  'adamw_8bit',
  'lion_8bit',
  'lion_32bit',
  'paged_adamw_32bit',
  'paged_adamw_8bit',
  'paged_lion_32bit',
  'paged_lion_8bit',
  'rmsprop',
  'rmsprop_bnb',
  'rmsprop_bnb_8bit',
  'rmsprop_bnb_32bit',
  'galore_adamw',
  'galore_adamw_8bit',
  'galore_adafactor',
  'galore_adamw_layerwise',
  'galore_adamw_8bit_layerwise',
  'galore_adafactor_layerwise',
  'lomo',
  'adalomo',
];

/** `lr_scheduler_type` values every reference release accepts (its SchedulerType enum). */
const schedulersInEveryRelease = [
  'linear',
  'cosine',
  'cosine_with_restarts',
  'polynomial',
  'constant',
  'constant_with_warmup',
  'inverse_sqrt',
  'reduce_lr_on_plateau',
  'cosine_with_min_lr',
  'warmup_stable_decay',
];

/** `optim` values added after 4.44 and still there in 5.18. */
const optimizersSince4_57 = [
  'adamw_torch_4bit',
  'adamw_torch_8bit',
  'ademamix',
  'ademamix_8bit',
  'paged_ademamix_32bit',
  'paged_ademamix_8bit',
  'grokadamw',
  'schedule_free_radam',
  'schedule_free_adamw',
  'schedule_free_sgd',
  'apollo_adamw',
  'apollo_adamw_layerwise',
  'stable_adamw',
];

/**
 * The `optim` values TrainingArguments accepts in each reference release, as copied from the
 * reference lists; a test holds them against those lists. 5.0 dropped `adamw_apex_fused`.
 */
export const optimizerNames: {
  readonly [Version in ReferenceTransformersVersion]: readonly string[];
} = {
  '4.44.2': [...optimizersInEveryRelease, 'adamw_hf', 'adamw_apex_fused'],
  '4.57.6': [...optimizersInEveryRelease, 'adamw_apex_fused', ...optimizersSince4_57],
  '5.18.0': [...optimizersInEveryRelease, ...optimizersSince4_57],
};

/** The `lr_scheduler_type` values of each reference release. */
export const schedulerNames: {
  readonly [Version in ReferenceTransformersVersion]: readonly string[];
} = {
  '4.44.2': [...schedulersInEveryRelease],
  '4.57.6': [...schedulersInEveryRelease, 'cosine_warmup_with_min_lr'],
  '5.18.0': [...schedulersInEveryRelease, 'cosine_warmup_with_min_lr', 'greedy'],
};

/** What people write for an optimizer, mapped to the `optim` value the Trainer means by it. */
export const optimizerAliases: Readonly<Record<string, string>> = {
  adamw: 'adamw_torch',
  'torch.optim.adamw': 'adamw_torch',
  'adamw (torch)': 'adamw_torch',
  'fused adamw': 'adamw_torch_fused',
  'paged adamw': 'paged_adamw_32bit',
  'paged adamw 8-bit': 'paged_adamw_8bit',
  'paged adamw 8bit': 'paged_adamw_8bit',
  '8-bit adamw': 'adamw_bnb_8bit',
  'adamw 8-bit': 'adamw_bnb_8bit',
  'adamw 8bit': 'adamw_bnb_8bit',
  lion: 'lion_32bit',
};
