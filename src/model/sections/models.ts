import '../configureZod';
import { z } from 'zod';
import type { FieldSpecs, SelectOption } from '../fieldSpec';
import {
  choice,
  prefilled,
  flag,
  id,
  listWithUniqueIds,
  optionalChoice,
  optionalNumber,
  richText,
  text,
} from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const fineTuningMethods = [
  'full',
  'lora',
  'qlora',
  'adapter',
  'prefix-tuning',
  'prompt-tuning',
  'other',
] as const;
export type FineTuningMethod = (typeof fineTuningMethods)[number];
export const quantizationTypes = ['nf4', 'fp4', 'int8', 'other'] as const;
export const precisions = ['fp32', 'fp16', 'bf16', 'tf32', 'fp8', 'mixed', 'other'] as const;

export const loraSettingsSchema = z.object({
  rank: optionalNumber,
  alpha: optionalNumber,
  dropout: optionalNumber,
  targetModules: text,
});

export const quantizationSettingsSchema = z.object({
  bits: optionalNumber,
  type: choice(quantizationTypes, 'nf4'),
  doubleQuantization: flag(false),
  computeDtype: text,
});

export const adapterSettingsSchema = z.object({
  size: optionalNumber,
  placement: text,
});

export const promptTuningSettingsSchema = z.object({
  virtualTokens: optionalNumber,
});

export const hyperparametersSchema = z.object({
  batchSize: optionalNumber,
  gradientAccumulation: optionalNumber,
  epochs: optionalNumber,
  maxSteps: optionalNumber,
  learningRate: optionalNumber,
  scheduler: text,
  warmup: text,
  optimizer: text,
  adamBeta1: optionalNumber,
  adamBeta2: optionalNumber,
  adamEpsilon: optionalNumber,
  weightDecay: optionalNumber,
  maxGradNorm: optionalNumber,
  precision: optionalChoice(precisions),
  maxSequenceLength: optionalNumber,
});
export type Hyperparameters = z.infer<typeof hyperparametersSchema>;

export const hyperparameterSelectionSchema = z.object({
  searchBounds: text,
  numberOfRuns: optionalNumber,
  selectionCriterion: text,
});

/** What one training run took, measured rather than budgeted. */
export const measuredCostSchema = z.object({
  wallClockHours: optionalNumber,
  gpuHours: optionalNumber,
  peakGpuMemoryGigabytes: optionalNumber,
});
export type MeasuredCost = z.infer<typeof measuredCostSchema>;

export const modelSchema = z.object({
  id,
  name: text,
  architecture: text,
  baseModelHubId: text,
  parameterCount: text,
  trainableParameters: text,
  method: choice(fineTuningMethods, 'lora'),
  methodOther: text,
  // Every method's settings are kept so switching the method never loses what was typed.
  lora: prefilled(loraSettingsSchema),
  quantization: prefilled(quantizationSettingsSchema),
  adapter: prefilled(adapterSettingsSchema),
  promptTuning: prefilled(promptTuningSettingsSchema),
  dataset: text,
  hyperparameters: prefilled(hyperparametersSchema),
  selection: prefilled(hyperparameterSelectionSchema),
  measured: prefilled(measuredCostSchema),
  motivation: richText,
  assumptions: richText,
});
export type Model = z.infer<typeof modelSchema>;
/** A model as written by hand: fields left out take their defaults. */
export type ModelInput = z.input<typeof modelSchema>;

export const modelsSectionSchema = z.object({
  overview: richText,
  models: listWithUniqueIds(modelSchema, 100),
});
export type ModelsSection = z.infer<typeof modelsSectionSchema>;

export const fineTuningMethodOptions: readonly SelectOption<FineTuningMethod>[] = [
  { value: 'full', label: 'Full fine-tuning' },
  { value: 'lora', label: 'LoRA' },
  { value: 'qlora', label: 'QLoRA' },
  { value: 'adapter', label: 'Adapter' },
  { value: 'prefix-tuning', label: 'Prefix tuning' },
  { value: 'prompt-tuning', label: 'Prompt tuning' },
  { value: 'other', label: 'Other' },
];

const usesLora = (model: Model): boolean => model.method === 'lora' || model.method === 'qlora';
const usesQuantization = (model: Model): boolean => model.method === 'qlora';
const usesAdapter = (model: Model): boolean => model.method === 'adapter';
const usesPromptTuning = (model: Model): boolean =>
  model.method === 'prefix-tuning' || model.method === 'prompt-tuning';

const modelFields: FieldSpecs<Model> = {
  name: {
    kind: 'text',
    label: 'Model name',
    help: 'The short name used in every table.',
    example: 'Model A',
    importance: 'required',
  },
  architecture: {
    kind: 'text',
    label: 'Architecture',
    help: 'The base model and its exact variant, as on its model card.',
    example: 'Llama-3-8B',
    suggestions: [
      'Llama-3-8B',
      'Llama-3.1-8B',
      'Phi-3-mini',
      'Gemma-2B',
      'Mistral-7B',
      'Qwen2.5-7B',
      'RoBERTa-large',
      'DistilBERT',
    ],
    importance: 'required',
  },
  baseModelHubId: {
    kind: 'text',
    label: 'Base model on the Hub',
    help: 'The base model’s Hugging Face Hub id (owner/name), so a model card can link to it.',
    example: 'meta-llama/Meta-Llama-3-8B',
    suggestions: [
      'meta-llama/Meta-Llama-3-8B',
      'meta-llama/Llama-3.1-8B',
      'microsoft/Phi-3-mini-4k-instruct',
      'google/gemma-2b',
      'mistralai/Mistral-7B-v0.1',
      'Qwen/Qwen2.5-7B',
      'FacebookAI/roberta-large',
      'distilbert/distilbert-base-uncased',
    ],
  },
  parameterCount: {
    kind: 'text',
    label: 'Parameter count',
    help: 'Total parameters of the base model.',
    example: '8B',
    importance: 'recommended',
  },
  trainableParameters: {
    kind: 'text',
    label: 'Trainable parameters',
    help: 'Parameters updated by fine-tuning.',
    example: '6.8M (0.08 %)',
  },
  method: {
    kind: 'select',
    label: 'Method',
    help: 'How the weights are adapted; its settings appear below.',
    options: fineTuningMethodOptions,
    importance: 'required',
  },
  methodOther: {
    kind: 'text',
    label: 'Other method',
    help: 'Name and describe the method.',
    example: 'IA3 on attention and feed-forward layers',
    showWhen: (model) => model.method === 'other',
  },
  lora: {
    kind: 'group',
    label: 'LoRA settings',
    help: 'The low-rank adapter settings that define the trainable part.',
    showWhen: usesLora,
    fields: {
      rank: {
        kind: 'number',
        label: 'LoRA rank',
        help: 'The rank r of the update matrices.',
        example: '16',
        integer: true,
        minimum: 1,
        importance: 'required',
      },
      alpha: {
        kind: 'number',
        label: 'LoRA alpha',
        help: 'The scaling factor; the update is scaled by alpha / r.',
        example: '32',
        minimum: 0,
        importance: 'required',
      },
      dropout: {
        kind: 'number',
        label: 'LoRA dropout',
        help: 'Dropout on the adapter input, between 0 and 1.',
        example: '0.05',
        minimum: 0,
        maximum: 1,
      },
      targetModules: {
        kind: 'text',
        label: 'Target modules',
        help: 'The layers that get adapters, comma-separated.',
        example: 'q_proj, k_proj, v_proj, o_proj',
        importance: 'recommended',
      },
    },
  },
  quantization: {
    kind: 'group',
    label: 'Quantization',
    help: 'How the frozen base weights are quantized.',
    showWhen: usesQuantization,
    fields: {
      bits: {
        kind: 'number',
        label: 'Quantization bits',
        help: 'Bits per base weight.',
        example: '4',
        integer: true,
        minimum: 1,
        maximum: 16,
        importance: 'required',
      },
      type: {
        kind: 'select',
        label: 'Quantization type',
        help: 'The number format of the quantized weights.',
        options: [
          { value: 'nf4', label: 'NF4' },
          { value: 'fp4', label: 'FP4' },
          { value: 'int8', label: 'INT8' },
          { value: 'other', label: 'Other' },
        ],
      },
      doubleQuantization: {
        kind: 'checkbox',
        label: 'Double quantization',
        help: 'Whether the quantization constants are quantized too.',
      },
      computeDtype: {
        kind: 'text',
        label: 'Compute dtype',
        help: 'The dtype used for matrix multiplications.',
        example: 'bfloat16',
        suggestions: ['bfloat16', 'float16', 'float32'],
      },
    },
  },
  adapter: {
    kind: 'group',
    label: 'Adapter settings',
    help: 'The bottleneck adapters inserted into the frozen model.',
    showWhen: usesAdapter,
    fields: {
      size: {
        kind: 'number',
        label: 'Adapter size',
        help: 'The bottleneck dimension.',
        example: '64',
        integer: true,
        minimum: 1,
        importance: 'required',
      },
      placement: {
        kind: 'text',
        label: 'Adapter placement',
        help: 'Where adapters sit in each block.',
        example: 'After attention and feed-forward (Houlsby)',
      },
    },
  },
  promptTuning: {
    kind: 'group',
    label: 'Prompt tuning settings',
    help: 'The learned virtual tokens.',
    showWhen: usesPromptTuning,
    fields: {
      virtualTokens: {
        kind: 'number',
        label: 'Virtual tokens',
        help: 'How many trainable tokens are prepended.',
        example: '20',
        integer: true,
        minimum: 1,
        importance: 'required',
      },
    },
  },
  dataset: {
    kind: 'text',
    label: 'Dataset',
    help: 'The training dataset, by the name used in Experimental setup.',
    example: 'SST-2',
    importance: 'required',
  },
  hyperparameters: {
    kind: 'group',
    label: 'Hyperparameters',
    help: 'Everything needed to rerun the training.',
    fields: {
      batchSize: {
        kind: 'number',
        label: 'Batch size',
        help: 'Examples per device per step.',
        example: '16',
        integer: true,
        minimum: 1,
        importance: 'required',
      },
      gradientAccumulation: {
        kind: 'number',
        label: 'Gradient accumulation',
        help: 'Steps accumulated before each optimizer update.',
        example: '4',
        integer: true,
        minimum: 1,
      },
      epochs: {
        kind: 'number',
        label: 'Epochs',
        help: 'Passes over the training set. Training bounded by steps gives Max steps instead.',
        example: '3',
        minimum: 0,
        exclusiveMinimum: true,
        importance: 'required',
        satisfiedWhen: (hyperparameters) => hyperparameters.maxSteps !== null,
      },
      maxSteps: {
        kind: 'number',
        label: 'Max steps',
        help: 'Optimizer steps, when training is bounded by steps; then Epochs may stay empty.',
        example: '2000',
        integer: true,
        minimum: 1,
      },
      learningRate: {
        kind: 'number',
        label: 'Learning rate',
        help: 'Peak learning rate; type it as you would in code.',
        example: '2e-4',
        minimum: 0,
        exclusiveMinimum: true,
        importance: 'required',
      },
      scheduler: {
        kind: 'text',
        label: 'Scheduler',
        help: 'How the learning rate changes over training.',
        example: 'cosine',
        suggestions: ['linear', 'cosine', 'constant', 'constant_with_warmup', 'polynomial'],
      },
      warmup: {
        kind: 'text',
        label: 'Warmup',
        help: 'Warmup steps or ratio.',
        example: '3 % of steps',
      },
      optimizer: {
        kind: 'text',
        label: 'Optimizer',
        help: 'The optimizer as named in code; its betas and epsilon have their own fields.',
        example: 'paged_adamw_32bit',
        suggestions: [
          'AdamW',
          'adamw_torch_fused',
          'paged_adamw_32bit',
          'paged_adamw_8bit',
          'adamw_bnb_8bit',
          'Adafactor',
          'SGD',
          'Lion',
        ],
      },
      adamBeta1: {
        kind: 'number',
        label: 'Adam β1',
        help: 'Decay of the first moment (adam_beta1); leave empty for optimizers without it.',
        example: '0.9',
        minimum: 0,
        maximum: 1,
      },
      adamBeta2: {
        kind: 'number',
        label: 'Adam β2',
        help: 'Decay of the second moment (adam_beta2).',
        example: '0.999',
        minimum: 0,
        maximum: 1,
      },
      adamEpsilon: {
        kind: 'number',
        label: 'Adam ε',
        help: 'The term added for numerical stability (adam_epsilon).',
        example: '1e-8',
        minimum: 0,
        exclusiveMinimum: true,
      },
      weightDecay: {
        kind: 'number',
        label: 'Weight decay',
        help: 'L2 penalty on the weights.',
        example: '0.01',
        minimum: 0,
      },
      maxGradNorm: {
        kind: 'number',
        label: 'Max grad norm',
        help: 'Gradients are clipped to this norm (max_grad_norm); QLoRA used 0.3.',
        example: '0.3',
        minimum: 0,
      },
      precision: {
        kind: 'select',
        label: 'Precision',
        help: 'The training number format.',
        options: [
          { value: '', label: 'Not set' },
          { value: 'fp32', label: 'FP32' },
          { value: 'fp16', label: 'FP16' },
          { value: 'bf16', label: 'BF16' },
          { value: 'tf32', label: 'TF32' },
          { value: 'fp8', label: 'FP8' },
          { value: 'mixed', label: 'Mixed' },
          { value: 'other', label: 'Other' },
        ],
      },
      maxSequenceLength: {
        kind: 'number',
        label: 'Max sequence length',
        help: 'Tokens per example after truncation.',
        example: '512',
        integer: true,
        minimum: 1,
      },
    },
  },
  selection: {
    kind: 'group',
    label: 'How the hyperparameters were chosen',
    help: 'A reader must know whether these are tuned or defaults.',
    fields: {
      searchBounds: {
        kind: 'text',
        label: 'Search bounds',
        help: 'The ranges searched for each hyperparameter.',
        example: 'learning rate 1e-5 to 5e-4 (log), rank 8–64',
      },
      numberOfRuns: {
        kind: 'number',
        label: 'Search runs',
        help: 'How many configurations were tried.',
        example: '24',
        integer: true,
        minimum: 1,
      },
      selectionCriterion: {
        kind: 'text',
        label: 'Selection criterion',
        help: 'Which number picked the final configuration, on which split.',
        example: 'Best validation accuracy',
        importance: 'recommended',
      },
    },
  },
  measured: {
    kind: 'group',
    label: 'Measured cost',
    help: 'What one training run of this model took, as measured; the checklist answers run time and memory from here.',
    fields: {
      wallClockHours: {
        kind: 'number',
        label: 'Training time (hours)',
        help: 'Wall-clock hours of one run (train_runtime in trainer_state.json, divided by 3600).',
        example: '18.5',
        minimum: 0,
        unit: 'h',
        importance: 'recommended',
      },
      gpuHours: {
        kind: 'number',
        label: 'GPU-hours',
        help: 'GPUs times hours for one run: what the run cost.',
        example: '18.5',
        minimum: 0,
        unit: 'GPU-h',
      },
      peakGpuMemoryGigabytes: {
        kind: 'number',
        label: 'Peak GPU memory (GB)',
        help: 'The most memory one GPU held (torch.cuda.max_memory_allocated, or nvidia-smi).',
        example: '21.3',
        minimum: 0,
        unit: 'GB',
        importance: 'recommended',
      },
    },
  },
  motivation: {
    kind: 'richText',
    label: 'Motivation',
    help: 'Why this model and method are worth trying.',
    example: 'QLoRA should match LoRA quality on one 24 GB GPU.',
    importance: 'required',
  },
  assumptions: {
    kind: 'richText',
    label: 'Assumptions',
    help: 'What has to hold for the comparison to be fair.',
    example: 'Tokenizers truncate at the same length; all runs see the same data order.',
    importance: 'recommended',
  },
};

export const modelsSection: SectionDefinition<'models', ModelsSection> = {
  id: 'models',
  number: 5,
  title: 'Models and approach',
  purpose: 'Each model, how it was fine-tuned and why: enough to rerun every training.',
  goodLooksLike: [
    'Every model has its method settings, hyperparameters and how they were chosen.',
    'The motivation and assumptions of every model are written down.',
    'The summary table reads like the seed: Model, Method, Dataset, Epochs, Learning rate.',
  ],
  schema: modelsSectionSchema,
  fields: {
    overview: {
      kind: 'richText',
      label: 'Approach overview',
      help: 'The strategy behind the set of models compared.',
      example:
        'We hold the dataset fixed and vary the adaptation method on comparable base models.',
    },
    models: {
      kind: 'list',
      label: 'Models',
      itemLabel: 'Model',
      addLabel: 'Add model',
      itemTitleKey: 'name',
      createItem: (itemId) => modelSchema.parse({ id: itemId }),
      help: 'One card per fine-tuned model.',
      importance: 'required',
      fields: modelFields,
    },
  },
};
