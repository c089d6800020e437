import type { z } from 'zod';
import type { FieldSpecs, SelectOption } from './fieldSpec';
import {
  abstractSchema,
  appendixSchema,
  backgroundSchema,
  conclusionSchema,
  modelsSectionSchema,
  problemSchema,
  resultsSchema,
  setupSchema,
  titlePageSchema,
  type Model,
  type Report,
} from './reportSchema';

export const sectionIds = [
  'titlePage',
  'abstract',
  'background',
  'problem',
  'models',
  'setup',
  'results',
  'conclusion',
  'appendix',
] as const;
export type SectionId = (typeof sectionIds)[number];
export type SectionValue<Id extends SectionId> = Report[Id];

export interface SectionDefinition<Id extends SectionId> {
  id: Id;
  number: number;
  title: string;
  /** One sentence on what this section is for, shown under its heading. */
  purpose: string;
  /** The collapsible "What good looks like" guidance. */
  goodLooksLike: readonly string[];
  schema: z.ZodType<SectionValue<Id>>;
  fields: FieldSpecs<SectionValue<Id>>;
}

export const fineTuningMethodOptions: readonly SelectOption[] = [
  { value: 'full', label: 'Full fine-tuning' },
  { value: 'lora', label: 'LoRA' },
  { value: 'qlora', label: 'QLoRA' },
  { value: 'adapter', label: 'Adapter' },
  { value: 'prefix-tuning', label: 'Prefix tuning' },
  { value: 'prompt-tuning', label: 'Prompt tuning' },
  { value: 'other', label: 'Other' },
];

export const reportStatusOptions: readonly SelectOption[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'final', label: 'Final' },
];

export const taskTypeOptions: readonly SelectOption[] = [
  { value: 'classification', label: 'Classification' },
  { value: 'generation', label: 'Generation' },
  { value: 'regression', label: 'Regression' },
  { value: 'other', label: 'Other' },
];

const usesLora = (model: Model): boolean => model.method === 'lora' || model.method === 'qlora';
const usesQuantization = (model: Model): boolean => model.method === 'qlora';
const usesAdapter = (model: Model): boolean => model.method === 'adapter';
const usesPromptTuning = (model: Model): boolean =>
  model.method === 'prefix-tuning' || model.method === 'prompt-tuning';

const titlePage: SectionDefinition<'titlePage'> = {
  id: 'titlePage',
  number: 1,
  title: 'Title page',
  purpose: 'Who wrote this report, when, and which version of it a reader holds.',
  goodLooksLike: [
    'A title that names the task and the comparison, e.g. "Four fine-tuning strategies for support-ticket triage".',
    'Every author with an affiliation and a contact, so a reader knows whom to ask.',
    'A version with a change note, so reviewers can tell drafts apart.',
  ],
  schema: titlePageSchema,
  fields: {
    title: {
      kind: 'text',
      label: 'Title',
      help: 'Name the task and what is compared; readers find reports by their title.',
      example: 'Design and Implementation of Four Fine-Tuning Tasks',
      importance: 'required',
    },
    subtitle: {
      kind: 'text',
      label: 'Subtitle',
      help: 'One line of context: the dataset, the domain or the question answered.',
      example: 'LoRA, full fine-tuning, adapters and QLoRA on SST-2',
    },
    authors: {
      kind: 'list',
      label: 'Authors',
      itemLabel: 'Author',
      addLabel: 'Add author',
      itemTitleKey: 'name',
      help: 'Everyone who ran or wrote up the experiments, so readers know whom to ask.',
      importance: 'required',
      fields: {
        name: {
          kind: 'text',
          label: 'Name',
          help: 'Full name as it should be cited.',
          example: 'Ada Lovelace',
          importance: 'required',
        },
        affiliation: {
          kind: 'text',
          label: 'Affiliation',
          help: 'Team, lab or company.',
          example: 'Applied ML, Example Corp',
        },
        email: {
          kind: 'email',
          label: 'Email',
          help: 'A contact address for questions about the runs.',
          example: 'ada@example.org',
        },
        role: {
          kind: 'text',
          label: 'Role',
          help: 'What this person did: ran experiments, wrote, reviewed.',
          example: 'Experiments and write-up',
        },
      },
    },
    date: {
      kind: 'date',
      label: 'Date',
      help: 'The date of this version, as YYYY-MM-DD.',
      example: '2026-11-26',
      placeholder: 'YYYY-MM-DD',
      importance: 'required',
    },
    version: {
      kind: 'text',
      label: 'Version',
      help: 'Bump it whenever results change, so reviewers know which numbers they read.',
      example: '1.2',
      importance: 'required',
    },
    changeNote: {
      kind: 'text',
      label: 'Change note',
      help: 'What changed since the previous version.',
      example: 'Added the QLoRA run and three seeds per model',
    },
    organization: {
      kind: 'text',
      label: 'Organization',
      help: 'The organization the work was done for.',
      example: 'Example Corp Research',
      importance: 'recommended',
    },
    project: {
      kind: 'text',
      label: 'Project',
      help: 'The project or product this experiment belongs to.',
      example: 'Ticket triage v3',
    },
    license: {
      kind: 'text',
      label: 'License',
      help: 'Under which terms others may reuse this report.',
      example: 'CC-BY-4.0',
      suggestions: ['CC-BY-4.0', 'CC-BY-SA-4.0', 'Apache-2.0', 'MIT', 'Proprietary'],
      importance: 'recommended',
    },
    status: {
      kind: 'select',
      label: 'Status',
      help: 'Draft while you write; Final turns the completeness hints into a checklist.',
      options: reportStatusOptions,
    },
  },
};

const abstract: SectionDefinition<'abstract'> = {
  id: 'abstract',
  number: 2,
  title: 'Abstract',
  purpose:
    'The goals, the model direction and the outcome, in a paragraph a busy reader can finish.',
  goodLooksLike: [
    'States the goal, the models compared and the headline result with its metric.',
    'Stays under about 250 words.',
  ],
  schema: abstractSchema,
  fields: {
    summary: {
      kind: 'richText',
      label: 'Summary',
      // The length is in the word counter under the field ("… · aim for about 150–250").
      help: 'Goals, model direction and the expected or obtained outcome.',
      example:
        'This report compares four fine-tuning strategies for sentiment classification; QLoRA on Llama-3-8B reaches 95.1 % test accuracy at a quarter of the memory of full fine-tuning.',
      importance: 'required',
      lengthHintMinimumWords: 150,
      lengthHintWords: 250,
    },
  },
};

const background: SectionDefinition<'background'> = {
  id: 'background',
  number: 3,
  title: 'Background and motivation',
  purpose: 'Why this work exists: what today falls short and why fine-tuning is the answer.',
  goodLooksLike: [
    'Names a concrete limitation of the current system, with a number where possible.',
    'Cites related papers and existing results from the references.',
    'Says who benefits and how.',
  ],
  schema: backgroundSchema,
  fields: {
    currentLimitations: {
      kind: 'richText',
      label: 'Current system limitations',
      help: 'What the current system gets wrong, ideally measured.',
      example: 'The zero-shot baseline mislabels 23 % of sarcastic reviews.',
      importance: 'required',
    },
    whyFineTuning: {
      kind: 'richText',
      label: 'Why fine-tuning is needed',
      help: 'Why prompting or a bigger model is not enough.',
      example: 'Prompting alone plateaus at 88 % and costs 4x more per request.',
      importance: 'required',
    },
    relatedWork: {
      kind: 'richText',
      label: 'Related papers and existing results',
      help: 'What others found; cite the references you list in the appendix.',
      example:
        'Hu et al. (2021) show LoRA matches full fine-tuning on GLUE with 0.1 % of the parameters.',
      importance: 'recommended',
    },
    relatedReferenceIds: {
      kind: 'custom',
      label: 'Cited references',
      help: 'Pick the references (from Appendix and references) that this background relies on.',
    },
    motivation: {
      kind: 'richText',
      label: 'Scientific or business motivation',
      help: 'Who benefits and how: a research question or a business number.',
      example: 'Cutting triage time by 30 % frees two support engineers.',
      importance: 'recommended',
    },
  },
};

const problem: SectionDefinition<'problem'> = {
  id: 'problem',
  number: 4,
  title: 'Problem definition',
  purpose: 'Exactly what the models take in, what they give back, and how success is measured.',
  goodLooksLike: [
    'An input/output example a newcomer could reproduce by hand.',
    'Every metric defined, with its direction and the package that computes it.',
    'One primary metric, decided before the runs.',
  ],
  schema: problemSchema,
  fields: {
    taskType: {
      kind: 'select',
      label: 'Task type',
      help: 'The kind of prediction the model makes.',
      options: taskTypeOptions,
      importance: 'required',
    },
    taskTypeOther: {
      kind: 'text',
      label: 'Other task type',
      help: 'Name the task type when none of the listed ones fits.',
      example: 'Ranking',
      showWhen: (section) => section.taskType === 'other',
    },
    inputFormat: {
      kind: 'text',
      label: 'Input format',
      help: 'What one input looks like.',
      example: 'text (English product review, up to 512 tokens)',
      suggestions: ['text', 'text pair', 'image', 'audio', 'tabular row'],
      importance: 'required',
    },
    outputFormat: {
      kind: 'text',
      label: 'Output format',
      help: 'What the model returns for it.',
      example: 'label (positive / negative)',
      suggestions: ['label', 'text', 'score', 'span', 'bounding boxes'],
      importance: 'required',
    },
    inputOutputExample: {
      kind: 'longText',
      label: 'Input and output example',
      help: 'One real example, so a reader sees the task at a glance.',
      example: '"The battery died after two days." -> negative',
      importance: 'recommended',
    },
    metrics: {
      kind: 'list',
      label: 'Metrics',
      itemLabel: 'Metric',
      addLabel: 'Add metric',
      itemTitleKey: 'name',
      help: 'Every number reported later is one of these; define each precisely.',
      importance: 'required',
      fields: {
        name: {
          kind: 'text',
          label: 'Metric name',
          help: 'The short name used in tables.',
          example: 'Accuracy',
          importance: 'required',
        },
        definition: {
          kind: 'text',
          label: 'Definition',
          help: 'How it is computed, so others get the same number.',
          example: 'Share of test examples whose predicted label equals the gold label',
          importance: 'recommended',
        },
        higherIsBetter: {
          kind: 'checkbox',
          label: 'Higher is better',
          help: 'Untick for losses, error rates and perplexity.',
        },
        primary: {
          kind: 'checkbox',
          label: 'Primary metric',
          help: 'The one metric that decides which model is best.',
        },
        implementation: {
          kind: 'text',
          label: 'Implementation',
          help: 'The package and function that computes it, with its version.',
          example: 'evaluate 0.4.3, "accuracy"',
          importance: 'recommended',
        },
      },
    },
    computeBudget: {
      kind: 'text',
      label: 'Compute budget',
      help: 'The GPUs and hours you may spend; it explains why some options were not tried.',
      example: '8 x A100 80GB for 48 hours',
      importance: 'recommended',
    },
    timeBudget: {
      kind: 'text',
      label: 'Time budget',
      help: 'When results are due.',
      example: 'Two weeks',
    },
    dataPrivacy: {
      kind: 'text',
      label: 'Data privacy',
      help: 'What may not leave which environment; it limits datasets and tools.',
      example: 'Customer text stays on premises; no external APIs',
    },
    otherConstraints: {
      kind: 'longText',
      label: 'Other constraints',
      help: 'Latency, memory or licensing limits.',
      example: 'p95 latency under 80 ms on one L4',
    },
  },
};

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
        help: 'Passes over the training set (or leave empty and give max steps).',
        example: '3',
        minimum: 0,
        exclusiveMinimum: true,
        importance: 'required',
        satisfiedWhen: (hyperparameters) => hyperparameters.maxSteps !== null,
      },
      maxSteps: {
        kind: 'number',
        label: 'Max steps',
        help: 'Optimizer steps, when training is bounded by steps.',
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
        help: 'Optimizer and its betas or variant.',
        example: 'AdamW (β1 0.9, β2 0.999)',
        suggestions: ['AdamW', 'paged_adamw_8bit', 'Adafactor', 'SGD', 'Lion'],
      },
      weightDecay: {
        kind: 'number',
        label: 'Weight decay',
        help: 'L2 penalty on the weights.',
        example: '0.01',
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

const models: SectionDefinition<'models'> = {
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
      help: 'One card per fine-tuned model.',
      importance: 'required',
      fields: modelFields,
    },
  },
};

const setup: SectionDefinition<'setup'> = {
  id: 'setup',
  number: 6,
  title: 'Experimental setup',
  purpose: 'The environment, data, seeds and controls that make the runs reproducible.',
  goodLooksLike: [
    'Library versions locked by a lockfile, a commit hash or a container image.',
    'Every dataset with its revision, license and split sizes.',
    'Seeds recorded, and how many runs each number comes from.',
  ],
  schema: setupSchema,
  fields: {
    gpuType: {
      kind: 'text',
      label: 'GPU type',
      help: 'The accelerator model.',
      example: 'NVIDIA A100 80GB',
      importance: 'required',
    },
    gpuCount: {
      kind: 'number',
      label: 'GPU count',
      help: 'Accelerators per run.',
      example: '8',
      integer: true,
      minimum: 0,
      importance: 'required',
    },
    cpu: {
      kind: 'text',
      label: 'CPU',
      help: 'Only when it matters (data loading, CPU inference).',
      example: 'AMD EPYC 7763, 64 cores',
    },
    memory: {
      kind: 'text',
      label: 'RAM',
      help: 'Host memory, when it matters.',
      example: '512 GB',
    },
    framework: {
      kind: 'text',
      label: 'Framework',
      help: 'The training framework.',
      example: 'PyTorch',
      suggestions: ['PyTorch', 'JAX', 'TensorFlow'],
      importance: 'required',
    },
    frameworkVersion: {
      kind: 'text',
      label: 'Framework version',
      help: 'The exact version.',
      example: '2.5.1',
      importance: 'required',
    },
    cudaVersion: {
      kind: 'text',
      label: 'CUDA version',
      help: 'CUDA toolkit version.',
      example: '12.4',
      importance: 'recommended',
    },
    operatingSystem: {
      kind: 'text',
      label: 'Operating system',
      help: 'OS and kernel or image.',
      example: 'Ubuntu 22.04',
    },
    libraryVersions: {
      kind: 'list',
      label: 'Key library versions',
      itemLabel: 'Library',
      addLabel: 'Add library',
      itemTitleKey: 'name',
      help: 'The libraries whose versions change results.',
      importance: 'recommended',
      fields: {
        name: { kind: 'text', label: 'Library', help: 'Package name.', example: 'transformers' },
        version: {
          kind: 'text',
          label: 'Library version',
          help: 'Exact version.',
          example: '4.46.2',
        },
      },
    },
    datasets: {
      kind: 'list',
      label: 'Datasets',
      itemLabel: 'Dataset',
      addLabel: 'Add dataset',
      itemTitleKey: 'name',
      help: 'Every dataset used to train or evaluate.',
      importance: 'required',
      fields: {
        name: {
          kind: 'text',
          label: 'Dataset name',
          help: 'The name models refer to.',
          example: 'SST-2',
          importance: 'required',
        },
        source: {
          kind: 'url',
          label: 'Source',
          help: 'Where to get it: a link or a hub id.',
          example: 'https://huggingface.co/datasets/stanfordnlp/sst2',
          importance: 'required',
        },
        revision: {
          kind: 'text',
          label: 'Revision',
          help: 'The exact revision or commit of the data.',
          example: '8d51e7e',
          importance: 'recommended',
        },
        license: {
          kind: 'text',
          label: 'Dataset license',
          help: 'Under which terms it may be used.',
          example: 'CC-BY-4.0',
          importance: 'recommended',
        },
        trainSize: {
          kind: 'number',
          label: 'Train size',
          help: 'Training examples.',
          example: '67349',
          integer: true,
          minimum: 0,
          importance: 'recommended',
        },
        validationSize: {
          kind: 'number',
          label: 'Validation size',
          help: 'Validation examples.',
          example: '872',
          integer: true,
          minimum: 0,
          importance: 'recommended',
        },
        testSize: {
          kind: 'number',
          label: 'Test size',
          help: 'Test examples.',
          example: '1821',
          integer: true,
          minimum: 0,
          importance: 'recommended',
        },
        preprocessing: {
          kind: 'longText',
          label: 'Preprocessing',
          help: 'Filtering, deduplication, tokenization.',
          example: 'Lower-cased, deduplicated, truncated to 128 tokens',
        },
      },
    },
    seeds: {
      kind: 'text',
      label: 'Random seeds',
      help: 'Every seed used, comma-separated.',
      example: '13, 42, 1234',
      importance: 'required',
    },
    numberOfRuns: {
      kind: 'number',
      label: 'Runs per configuration',
      help: 'How many seeds each reported number averages over.',
      example: '3',
      integer: true,
      minimum: 1,
      importance: 'required',
    },
    lockfile: {
      kind: 'text',
      label: 'Lockfile',
      help: 'The file that pins every dependency.',
      example: 'requirements.lock (uv pip compile)',
    },
    commitHash: {
      kind: 'text',
      label: 'Commit hash',
      help: 'The code version every run used.',
      example: '3f9c2ab',
    },
    containerImage: {
      kind: 'text',
      label: 'Container image',
      help: 'Image name with its digest.',
      example: 'ghcr.io/example/train@sha256:…',
    },
    determinism: {
      kind: 'longText',
      label: 'Determinism flags',
      help: 'Flags that make runs repeatable, and what remains nondeterministic.',
      example: 'torch.use_deterministic_algorithms(True); CUBLAS_WORKSPACE_CONFIG=:4096:8',
    },
    loggingTools: {
      kind: 'list',
      label: 'Logging tools',
      itemLabel: 'Logging tool',
      addLabel: 'Add logging tool',
      itemTitleKey: 'tool',
      help: 'Where the run logs live, so readers can inspect the curves.',
      importance: 'recommended',
      fields: {
        tool: {
          kind: 'text',
          label: 'Tool',
          help: 'The tracker.',
          example: 'Weights & Biases',
          suggestions: ['Weights & Biases', 'TensorBoard', 'MLflow', 'Comet', 'Neptune'],
        },
        runLink: {
          kind: 'url',
          label: 'Run link',
          help: 'A link to the project or run.',
          example: 'https://wandb.ai/example/sst2',
        },
      },
    },
  },
};

const results: SectionDefinition<'results'> = {
  id: 'results',
  number: 7,
  title: 'Results and analysis',
  purpose: 'The numbers, the curves and what they mean, comparable across models.',
  goodLooksLike: [
    'A metric table with validation results beside test results.',
    'Each number says how many runs it comes from and its spread.',
    'Loss curves and a size-versus-performance plot; surprises explained.',
  ],
  schema: resultsSchema,
  fields: {
    metricResults: {
      kind: 'custom',
      label: 'Metric table',
      help: 'One value per model, metric and split.',
      importance: 'required',
      itemNumberFields: {
        value: { kind: 'number', label: 'Value', help: 'The metric value.' },
        spread: {
          kind: 'number',
          label: 'Spread',
          help: 'The ± spread: a standard deviation or half a 95% confidence interval.',
          minimum: 0,
        },
        runs: {
          kind: 'number',
          label: 'Runs',
          help: 'How many runs the value comes from.',
          integer: true,
          minimum: 1,
        },
      },
    },
    plots: {
      kind: 'custom',
      label: 'Plots',
      help: 'Loss curves, metric curves and trade-off plots.',
      importance: 'recommended',
    },
    tradeoffs: {
      kind: 'richText',
      label: 'Size and cost versus performance',
      help: 'What each point of quality costs in parameters, memory or GPU hours.',
      example: 'QLoRA uses 25 % of the memory of full fine-tuning for a 0.3 point loss.',
      importance: 'recommended',
    },
    unexpectedResults: {
      kind: 'richText',
      label: 'Unexpected results',
      help: 'What surprised you and your best explanation.',
      example: 'The adapter run overfits after epoch 6 despite weight decay.',
    },
    analysis: {
      kind: 'richText',
      label: 'Analysis',
      help: 'What the numbers say, with the caveats.',
      example: 'All PEFT methods are within one standard deviation on validation.',
      importance: 'required',
    },
  },
};

const conclusion: SectionDefinition<'conclusion'> = {
  id: 'conclusion',
  number: 8,
  title: 'Conclusion and future work',
  purpose: 'Which model to use, why, where it falls short and what to try next.',
  goodLooksLike: [
    'Names the best model and backs it with the metric table.',
    'States the limitations honestly.',
    'Future directions a colleague could pick up.',
  ],
  schema: conclusionSchema,
  fields: {
    bestModelId: {
      kind: 'custom',
      label: 'Best model',
      help: 'The model you recommend, from Models and approach.',
      importance: 'required',
    },
    bestModelReason: {
      kind: 'richText',
      label: 'Why it performed best',
      help: 'The architecture or optimization reasons, backed by results.',
      example: 'Higher rank on all projections let QLoRA fit the domain shift.',
      importance: 'required',
    },
    limitations: {
      kind: 'richText',
      label: 'Limitations',
      help: 'Where the conclusion may not hold.',
      example: 'Only English reviews; one dataset.',
      importance: 'recommended',
    },
    futureWork: {
      kind: 'richText',
      label: 'Future directions',
      help: 'What you would try next and why.',
      example: 'Multi-task training on the three support datasets; 3-bit quantization.',
      importance: 'recommended',
    },
  },
};

const appendix: SectionDefinition<'appendix'> = {
  id: 'appendix',
  number: 9,
  title: 'Appendix and references',
  purpose: 'Logs, code and citations that let a reader check every claim.',
  goodLooksLike: [
    'A repository link with the exact commit and the config files used.',
    'Every cited paper with a link or DOI.',
    'The reproducibility checklist answered.',
  ],
  schema: appendixSchema,
  fields: {
    additionalLogs: {
      kind: 'richText',
      label: 'Additional logs',
      help: 'Extra tables, logs or notes that support the results.',
      example: 'Per-class F1 for every model.',
    },
    repositoryUrl: {
      kind: 'url',
      label: 'Repository',
      help: 'The code repository.',
      example: 'https://github.com/example/sst2-finetuning',
      importance: 'recommended',
    },
    commit: {
      kind: 'text',
      label: 'Commit',
      help: 'The commit the results come from.',
      example: '3f9c2ab',
      importance: 'recommended',
    },
    configFiles: {
      kind: 'longText',
      label: 'Config files',
      help: 'Paths of the training configs, one per line.',
      example: 'configs/qlora-llama3.yaml',
    },
    codeLinks: {
      kind: 'list',
      label: 'Code paths and links',
      itemLabel: 'Link',
      addLabel: 'Add link',
      itemTitleKey: 'label',
      help: 'Scripts, notebooks or dashboards worth opening.',
      fields: {
        label: {
          kind: 'text',
          label: 'Link label',
          help: 'What the link is.',
          example: 'Training script',
        },
        url: {
          kind: 'url',
          label: 'Link URL',
          help: 'Where it is.',
          example: 'https://github.com/example/sst2-finetuning/blob/main/train.py',
        },
      },
    },
    references: {
      kind: 'list',
      label: 'References',
      itemLabel: 'Reference',
      addLabel: 'Add reference',
      itemTitleKey: 'title',
      help: 'Papers, repositories and model cards cited in the report.',
      importance: 'recommended',
      fields: {
        title: {
          kind: 'text',
          label: 'Reference title',
          help: 'Title of the work.',
          example: 'LoRA: Low-Rank Adaptation of Large Language Models',
          importance: 'required',
        },
        authors: {
          kind: 'text',
          label: 'Reference authors',
          help: 'Authors as cited.',
          example: 'Hu, E. J.; Shen, Y.; et al.',
        },
        year: {
          kind: 'number',
          label: 'Year',
          help: 'Year of publication.',
          example: '2021',
          integer: true,
          minimum: 1900,
          maximum: 2100,
        },
        venue: {
          kind: 'text',
          label: 'Venue',
          help: 'Journal, conference or "arXiv".',
          example: 'ICLR 2022',
        },
        link: {
          kind: 'url',
          label: 'URL or DOI',
          help: 'Where to read it.',
          example: 'https://arxiv.org/abs/2106.09685',
          importance: 'recommended',
        },
        bibtex: {
          kind: 'longText',
          label: 'BibTeX',
          help: 'The BibTeX entry, if you have one.',
          example: '@inproceedings{hu2022lora, …}',
        },
      },
    },
    checklist: {
      kind: 'custom',
      label: 'Reproducibility checklist',
      help: 'Answer each item: Yes, No or N/A, with a pointer or a reason.',
    },
  },
};

/** The nine sections in report order; every consumer iterates over this. */
export const sectionRegistry = [
  titlePage,
  abstract,
  background,
  problem,
  models,
  setup,
  results,
  conclusion,
  appendix,
] as const satisfies readonly SectionDefinition<SectionId>[];

export type AnySectionDefinition = (typeof sectionRegistry)[number];

export function getSectionDefinition(sectionId: SectionId): AnySectionDefinition {
  const definition = sectionRegistry.find((section) => section.id === sectionId);
  if (definition === undefined) throw new Error(`Unknown section ${sectionId}`);
  return definition;
}

export function isSectionId(value: string): value is SectionId {
  return (sectionIds as readonly string[]).includes(value);
}
