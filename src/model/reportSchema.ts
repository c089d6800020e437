import './configureZod';
import { z } from 'zod';
import { richTextSchema } from './richText';
import { maximumTypedNumberLength } from './maximumTypedNumberLength';

export const currentSchemaVersion = 2;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/u, 'must be 1–64 letters, digits, - or _');
const text = z.string().max(100_000);
/** A number the user typed; null while the field is empty. Range checks are warnings, not structure. */
const optionalNumber = z.number().finite().nullable();

/** Field paths name list items by id, so two items sharing one would send edits to the wrong item. */
function listWithUniqueIds<Item extends z.ZodType<{ id: string }>>(item: Item, maximum: number) {
  return z
    .array(item)
    .max(maximum)
    .superRefine((items, context) => {
      const seen = new Set<string>();
      items.forEach((entry: { id: string } | undefined, index) => {
        if (typeof entry?.id !== 'string') return;
        if (seen.has(entry.id)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `the id "${entry.id}" is already used by an earlier item`,
            input: entry.id,
          });
        }
        seen.add(entry.id);
      });
    });
}

export const reportStatuses = ['draft', 'in-review', 'final'] as const;
export const taskTypes = ['classification', 'generation', 'regression', 'other'] as const;
export const fineTuningMethods = [
  'full',
  'lora',
  'qlora',
  'adapter',
  'prefix-tuning',
  'prompt-tuning',
  'other',
] as const;
export const quantizationTypes = ['nf4', 'fp4', 'int8', 'other'] as const;
export const precisions = ['fp32', 'fp16', 'bf16', 'tf32', 'fp8', 'mixed', 'other'] as const;
export const checklistAnswers = ['yes', 'no', 'not-applicable'] as const;
export const resultSplits = ['validation', 'test'] as const;
export const resultAggregations = ['mean', 'max', 'single-run'] as const;
export const spreadKinds = ['std', 'ci95'] as const;
/**
 * How a plot gets its points: `none` holds its own (CSV, run files); the others are drawn from
 * the current metric table and model cards every time the figure is shown or exported.
 */
export const plotDerivations = ['none', 'size-vs-performance', 'metric-bar'] as const;
export const plotKinds = [
  'loss-curve',
  'metric-curve',
  'size-vs-performance',
  'metric-bar',
] as const;

export const authorSchema = z.object({
  id,
  name: text,
  affiliation: text,
  email: text,
  role: text,
});

export const titlePageSchema = z.object({
  title: text,
  subtitle: text,
  authors: listWithUniqueIds(authorSchema, 200),
  date: text,
  version: text,
  changeNote: text,
  organization: text,
  project: text,
  license: text,
  status: z.enum(reportStatuses),
});

export const abstractSchema = z.object({
  summary: richTextSchema,
});

export const backgroundSchema = z.object({
  currentLimitations: richTextSchema,
  whyFineTuning: richTextSchema,
  relatedWork: richTextSchema,
  relatedReferenceIds: z.array(id).max(1000),
  motivation: richTextSchema,
});

export const metricSchema = z.object({
  id,
  name: text,
  definition: text,
  higherIsBetter: z.boolean(),
  primary: z.boolean(),
  implementation: text,
});

export const problemSchema = z.object({
  taskType: z.enum(taskTypes),
  taskTypeOther: text,
  inputFormat: text,
  outputFormat: text,
  inputOutputExample: text,
  metrics: listWithUniqueIds(metricSchema, 200),
  computeBudget: text,
  timeBudget: text,
  dataPrivacy: text,
  otherConstraints: text,
});

export const loraSettingsSchema = z.object({
  rank: optionalNumber,
  alpha: optionalNumber,
  dropout: optionalNumber,
  targetModules: text,
});

export const quantizationSettingsSchema = z.object({
  bits: optionalNumber,
  type: z.enum(quantizationTypes),
  doubleQuantization: z.boolean(),
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
  weightDecay: optionalNumber,
  precision: z.union([z.enum(precisions), z.literal('')]),
  maxSequenceLength: optionalNumber,
});

export const hyperparameterSelectionSchema = z.object({
  searchBounds: text,
  numberOfRuns: optionalNumber,
  selectionCriterion: text,
});

export const modelSchema = z.object({
  id,
  name: text,
  architecture: text,
  parameterCount: text,
  trainableParameters: text,
  method: z.enum(fineTuningMethods),
  methodOther: text,
  // Every method's settings are kept so switching the method never loses what was typed.
  lora: loraSettingsSchema,
  quantization: quantizationSettingsSchema,
  adapter: adapterSettingsSchema,
  promptTuning: promptTuningSettingsSchema,
  dataset: text,
  hyperparameters: hyperparametersSchema,
  selection: hyperparameterSelectionSchema,
  motivation: richTextSchema,
  assumptions: richTextSchema,
});

export const modelsSectionSchema = z.object({
  overview: richTextSchema,
  models: listWithUniqueIds(modelSchema, 100),
});

export const libraryVersionSchema = z.object({ id, name: text, version: text });

export const datasetSchema = z.object({
  id,
  name: text,
  source: text,
  revision: text,
  license: text,
  trainSize: optionalNumber,
  validationSize: optionalNumber,
  testSize: optionalNumber,
  preprocessing: text,
});

export const loggingToolSchema = z.object({ id, tool: text, runLink: text });

export const setupSchema = z.object({
  gpuType: text,
  gpuCount: optionalNumber,
  cpu: text,
  memory: text,
  framework: text,
  frameworkVersion: text,
  cudaVersion: text,
  operatingSystem: text,
  libraryVersions: listWithUniqueIds(libraryVersionSchema, 500),
  datasets: listWithUniqueIds(datasetSchema, 100),
  seeds: text,
  numberOfRuns: optionalNumber,
  lockfile: text,
  commitHash: text,
  containerImage: text,
  determinism: text,
  loggingTools: listWithUniqueIds(loggingToolSchema, 100),
});

export const metricResultSchema = z.object({
  id,
  modelId: id,
  metricId: id,
  split: z.enum(resultSplits),
  value: optionalNumber,
  spread: optionalNumber,
  spreadKind: z.enum(spreadKinds),
  runs: optionalNumber,
  aggregation: z.enum(resultAggregations),
});

export const maximumPlotPointsPerSeries = 1_000_000;

export const plotPointSchema = z.tuple([z.number().finite(), z.number().finite().nullable()]);

export const plotSeriesSchema = z.object({
  id,
  label: text,
  modelId: z.string().max(200),
  points: z.array(plotPointSchema).max(maximumPlotPointsPerSeries),
});

export const plotSchema = z.object({
  id,
  kind: z.enum(plotKinds),
  title: text,
  caption: text,
  xLabel: text,
  xUnit: text,
  yLabel: text,
  yUnit: text,
  logScale: z.boolean(),
  derivation: z.enum(plotDerivations),
  series: listWithUniqueIds(plotSeriesSchema, 100),
});

export const resultsSchema = z.object({
  metricResults: listWithUniqueIds(metricResultSchema, 20_000),
  plots: listWithUniqueIds(plotSchema, 100),
  tradeoffs: richTextSchema,
  unexpectedResults: richTextSchema,
  analysis: richTextSchema,
});

export const conclusionSchema = z.object({
  bestModelId: z.string().max(200),
  bestModelReason: richTextSchema,
  limitations: richTextSchema,
  futureWork: richTextSchema,
});

export const codeLinkSchema = z.object({ id, label: text, url: text });

export const referenceSchema = z.object({
  id,
  title: text,
  authors: text,
  year: optionalNumber,
  venue: text,
  link: text,
  bibtex: text,
});

export const checklistEntrySchema = z.object({
  answer: z.union([z.enum(checklistAnswers), z.literal('')]),
  justification: text,
});

export const appendixSchema = z.object({
  additionalLogs: richTextSchema,
  repositoryUrl: text,
  commit: text,
  configFiles: text,
  codeLinks: listWithUniqueIds(codeLinkSchema, 500),
  references: listWithUniqueIds(referenceSchema, 2000),
  checklist: z.record(z.string().max(100), checklistEntrySchema),
});

/**
 * The text of each number field as the user typed it ("0.0002", "87.0", or text that is not a
 * number yet), keyed by field path; the number itself stays in its field.
 */
export const typedNumbersSchema = z.record(
  z.string().max(1000),
  z.string().max(maximumTypedNumberLength),
);

export const reportSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    id,
    titlePage: titlePageSchema,
    abstract: abstractSchema,
    background: backgroundSchema,
    problem: problemSchema,
    models: modelsSectionSchema,
    setup: setupSchema,
    results: resultsSchema,
    conclusion: conclusionSchema,
    appendix: appendixSchema,
    typedNumbers: typedNumbersSchema,
  })
  .meta({ id: 'Report', title: 'ML Report Studio report' });

export type Report = z.infer<typeof reportSchema>;
export type Author = z.infer<typeof authorSchema>;
export type TitlePage = z.infer<typeof titlePageSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Hyperparameters = z.infer<typeof hyperparametersSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type LibraryVersion = z.infer<typeof libraryVersionSchema>;
export type LoggingTool = z.infer<typeof loggingToolSchema>;
export type MetricResult = z.infer<typeof metricResultSchema>;
export type Plot = z.infer<typeof plotSchema>;
export type PlotSeries = z.infer<typeof plotSeriesSchema>;
export type PlotPoint = z.infer<typeof plotPointSchema>;
export type PlotDerivation = (typeof plotDerivations)[number];
export type TypedNumbers = z.infer<typeof typedNumbersSchema>;
export type CodeLink = z.infer<typeof codeLinkSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export type FineTuningMethod = (typeof fineTuningMethods)[number];
export type ReportStatus = (typeof reportStatuses)[number];
export type TaskType = (typeof taskTypes)[number];
