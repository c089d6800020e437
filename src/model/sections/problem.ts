import '../configureZod';
import { z } from 'zod';
import type { SelectOption } from '../fieldSpec';
import { choice, flag, id, listWithUniqueIds, text } from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const taskTypes = ['classification', 'generation', 'regression', 'other'] as const;
export type TaskType = (typeof taskTypes)[number];

/** The splits a metric has values for: a benchmark with a test split only needs no validation value. */
export const metricSplitCoverages = ['both', 'validation', 'test'] as const;
export type MetricSplitCoverage = (typeof metricSplitCoverages)[number];

export const metricSchema = z.object({
  id,
  name: text,
  unit: text,
  definition: text,
  higherIsBetter: flag(true),
  primary: flag(false),
  reportedOn: choice(metricSplitCoverages, 'both'),
  implementation: text,
});
export type Metric = z.infer<typeof metricSchema>;
/** A metric as written by hand: fields left out take their defaults. */
export type MetricInput = z.input<typeof metricSchema>;

export const problemSchema = z.object({
  taskType: choice(taskTypes, 'classification'),
  taskTypeOther: text,
  hubTask: text,
  language: text,
  inputFormat: text,
  outputFormat: text,
  inputOutputExample: text,
  metrics: listWithUniqueIds(metricSchema, 200),
  computeBudget: text,
  timeBudget: text,
  dataPrivacy: text,
  otherConstraints: text,
});
export type Problem = z.infer<typeof problemSchema>;

export const taskTypeOptions: readonly SelectOption<TaskType>[] = [
  { value: 'classification', label: 'Classification' },
  { value: 'generation', label: 'Generation' },
  { value: 'regression', label: 'Regression' },
  { value: 'other', label: 'Other' },
];

export const problemSection: SectionDefinition<'problem', Problem> = {
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
    hubTask: {
      kind: 'text',
      label: 'Hub task',
      help: 'The Hugging Face Hub task (pipeline tag) a model card files the models under.',
      example: 'text-classification',
      suggestions: [
        'text-classification',
        'token-classification',
        'question-answering',
        'text-generation',
        'summarization',
        'translation',
        'fill-mask',
        'sentence-similarity',
        'feature-extraction',
        'automatic-speech-recognition',
        'image-classification',
      ],
    },
    language: {
      kind: 'text',
      label: 'Language',
      help: 'The languages of the data, as ISO 639-1 codes separated by commas.',
      example: 'en',
      suggestions: ['en', 'de', 'fr', 'es', 'zh', 'ja', 'multilingual'],
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
      createItem: (itemId) => metricSchema.parse({ id: itemId }),
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
        unit: {
          kind: 'text',
          label: 'Unit',
          help: 'Shown beside every value of this metric; a value may be typed with it, as in "99.3 %".',
          example: '%',
          suggestions: ['%', 'points', 'Elo', 'ms', 'tokens/s', 'BLEU', 'ROUGE-L'],
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
        reportedOn: {
          kind: 'select',
          label: 'Reported on',
          help: 'The splits this metric has values for. A benchmark with a test split only is not asked for validation values.',
          options: [
            { value: 'both', label: 'Validation and test' },
            { value: 'validation', label: 'Validation only' },
            { value: 'test', label: 'Test only' },
          ],
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
