import type {
  fineTuningMethods,
  plotKinds,
  precisions,
  quantizationTypes,
  resultAggregations,
  resultSplits,
  spreadKinds,
  taskTypes,
} from '@/model/reportSchema';
import type { RichText } from '@/model/richText';
import type { SectionId } from '@/model/sectionRegistry';

/** One file handed to the importers: its path inside the dropped folder (or its name) and its text. */
export interface RunFileInput {
  path: string;
  text: string;
}

export type RunFileFormat =
  | 'hf-trainer-state'
  | 'hf-training-arguments'
  | 'hf-results'
  | 'hf-model-config'
  | 'peft-adapter-config'
  | 'bitsandbytes-config'
  | 'tensorboard-csv'
  | 'tensorboard-json'
  | 'wandb-panel-csv'
  | 'wandb-summary'
  | 'wandb-config'
  | 'wandb-metadata'
  | 'lightning-metrics-csv'
  | 'lightning-hparams'
  | 'mlflow-meta'
  | 'mlflow-metric'
  | 'mlflow-param'
  | 'mlflow-tag'
  | 'pip-requirements'
  | 'conda-environment'
  | 'nvidia-smi'
  | 'torch-collect-env'
  | 'model-card';

/** Where a value was read: the file's path and the key, column or line inside it. */
export interface RunSource {
  file: string;
  key: string;
}

/**
 * How much a value can be trusted when two files disagree: `stated` is written as such in the file
 * (learning_rate in training_args.json), `derived` is computed from what is written (precision from
 * fp16: true), `hint` is circumstantial (the CUDA version nvidia-smi says the driver supports).
 */
export type FindingPrecedence = 'stated' | 'derived' | 'hint';

type FineTuningMethod = (typeof fineTuningMethods)[number];
type QuantizationType = (typeof quantizationTypes)[number];
type Precision = (typeof precisions)[number];
type TaskType = (typeof taskTypes)[number];
export type ResultSplit = (typeof resultSplits)[number];
export type PlotKind = (typeof plotKinds)[number];

/** Model fields an importer can fill, by their path inside one model, with the type each holds. */
export interface ModelFieldValues {
  architecture: string;
  baseModelHubId: string;
  parameterCount: string;
  trainableParameters: string;
  method: FineTuningMethod;
  'lora.rank': number;
  'lora.alpha': number;
  'lora.dropout': number;
  'lora.targetModules': string;
  'quantization.bits': number;
  'quantization.type': QuantizationType;
  'quantization.doubleQuantization': boolean;
  'quantization.computeDtype': string;
  'promptTuning.virtualTokens': number;
  'hyperparameters.batchSize': number;
  'hyperparameters.gradientAccumulation': number;
  'hyperparameters.epochs': number;
  'hyperparameters.maxSteps': number;
  'hyperparameters.learningRate': number;
  'hyperparameters.scheduler': string;
  'hyperparameters.warmup': string;
  'hyperparameters.optimizer': string;
  'hyperparameters.adamBeta1': number;
  'hyperparameters.adamBeta2': number;
  'hyperparameters.adamEpsilon': number;
  'hyperparameters.weightDecay': number;
  'hyperparameters.maxGradNorm': number;
  'hyperparameters.precision': Precision;
  'hyperparameters.maxSequenceLength': number;
  'selection.selectionCriterion': string;
  'measured.wallClockHours': number;
  'measured.gpuHours': number;
  'measured.peakGpuMemoryGigabytes': number;
}
export type ModelField = keyof ModelFieldValues;

/** Report fields outside the models an importer can fill, by their report path. */
export interface ReportFieldValues {
  'problem.taskType': TaskType;
  'setup.gpuType': string;
  'setup.gpuCount': number;
  'setup.cpu': string;
  'setup.memory': string;
  'setup.framework': string;
  'setup.frameworkVersion': string;
  'setup.cudaVersion': string;
  'setup.operatingSystem': string;
  'setup.seeds': string;
  'setup.commitHash': string;
  'setup.containerImage': string;
  'appendix.repositoryUrl': string;
}
export type ReportField = keyof ReportFieldValues;

interface FindingBase {
  /** What the value is, in words: the field's label or the note's title. */
  label: string;
  source: RunSource;
  precedence: FindingPrecedence;
  /** How the value was computed or why it may be off, shown under the change in the review. */
  detail?: string;
}

export type ModelFieldFinding = {
  [Field in ModelField]: FindingBase & {
    kind: 'model-field';
    field: Field;
    value: ModelFieldValues[Field];
  };
}[ModelField];

export type ReportFieldFinding = {
  [Field in ReportField]: FindingBase & {
    kind: 'report-field';
    field: Field;
    value: ReportFieldValues[Field];
  };
}[ReportField];

export interface LibraryVersionFinding extends FindingBase {
  kind: 'library-version';
  /** The package name as usually written (`transformers`, `scikit-learn`, `Python`). */
  name: string;
  version: string;
}

export interface LoggingToolFinding extends FindingBase {
  kind: 'logging-tool';
  /** The tool's display name (`Weights & Biases`, `TensorBoard`, `MLflow`). */
  tool: string;
  runLink: string;
}

/** A metric as named in a log: `eval_rouge1` is the metric `rouge1`, shown as `ROUGE-1`. */
export interface MetricIdentity {
  /** The logged name without its split prefix, for matching (`rouge1`, `f1_macro`, `rewards/accuracies`). */
  key: string;
  /** How the metric is shown when it is added to the report (`ROUGE-1`, `F1 macro`). */
  name: string;
  higherIsBetter: boolean;
}

/** What a metric table says beside a value: its spread, how many runs and how they were combined. */
export interface MetricResultAggregate {
  spread: number | null;
  /** The spread as the file wrote it, kept in the report's `typedNumbers`. */
  spreadTypedText?: string;
  spreadKind: (typeof spreadKinds)[number];
  runs: number | null;
  aggregation: (typeof resultAggregations)[number];
}

export interface MetricResultFinding extends FindingBase {
  kind: 'metric-result';
  metric: MetricIdentity;
  split: ResultSplit;
  value: number;
  /** The number as the file wrote it (`0.9156`), kept in the report's `typedNumbers`. */
  typedText?: string;
  /** The log did not say which split the value is on; validation was assumed. */
  splitAssumed: boolean;
  /** As for field values: the model after the first a file names, or absent for the target. */
  model?: string;
  /** Absent when the file gives the value alone (a log): it is then one run. */
  aggregate?: MetricResultAggregate;
}

/**
 * Any field the registry describes, found by its path: in the report (`titlePage.title`) or inside
 * the target model (`hyperparameters.learningRate`). Model cards and Markdown reports fill fields by
 * their labels, so the importer finds them by walking the section specs rather than a fixed list.
 */
export interface FieldValueFinding extends FindingBase {
  kind: 'field-value';
  scope: 'report' | 'model';
  path: string;
  value: string | number | boolean | RichText;
  /** A number as the file wrote it (`2e-05`), kept in the report's `typedNumbers`. */
  typedText?: string;
  /**
   * For a model value of a file that describes several models (our Markdown export): the name of
   * the model after the first. Absent for the model the review targets.
   */
  model?: string;
}

/**
 * One row of a table whose columns are the fields of one of the report's lists (Metrics, Datasets,
 * Key library versions…), as our Markdown export writes them; matched to an existing entry by the
 * list's title field.
 */
export interface ListItemFinding extends FindingBase {
  kind: 'list-item';
  /** The report's list (`problem.metrics`). */
  path: string;
  /** Values by their key in the entry, typed as the entry's fields are. */
  values: Record<string, string | number | boolean>;
  /** Numbers as the file wrote them (`9003`), by their key in the entry. */
  typedTexts: Record<string, string>;
}

/** Text with no field of its own, added to the end of the Appendix under its original heading. */
export interface AppendixTextFinding extends FindingBase {
  kind: 'appendix-text';
  /** The heading it stood under in the file, or '' for text before the first heading. */
  heading: string;
  content: RichText;
}

/** A value worth showing that has no field of its own (runtime, best checkpoint, GPU memory…). */
export interface NoteFinding extends FindingBase {
  kind: 'note';
  value: string;
}

export type RunFinding =
  | ModelFieldFinding
  | ReportFieldFinding
  | LibraryVersionFinding
  | LoggingToolFinding
  | MetricResultFinding
  | FieldValueFinding
  | ListItemFinding
  | AppendixTextFinding
  | NoteFinding;

export type SeriesSplit = 'train' | 'validation' | 'test' | 'unknown';

/**
 * What a logged series measures: `loss` goes on the loss curve, `metric` on a metric curve,
 * `optimizer` is the learning rate or gradient norm, `system` is runtime, throughput or memory.
 */
export type SeriesRole = 'loss' | 'metric' | 'optimizer' | 'system';

/** A point as plots store it: x, then y or null for a gap (NaN or Infinity in the log). */
export type RunPoint = [number, number | null];

export interface RunSeries {
  /** Unique within one parse. */
  id: string;
  /** The name as logged (`eval_loss`, `train/loss`, `val_acc`). */
  name: string;
  /** In words (`Validation loss`, `Training accuracy`). */
  label: string;
  metric: MetricIdentity;
  split: SeriesSplit;
  role: SeriesRole;
  /** The run's name in a file that holds several runs (W&B panel export), or '' for one run. */
  run: string;
  /** A later part of the log after training restarted from step 0 (`restart 2`), or ''. */
  segment: string;
  xLabel: 'Step' | 'Epoch';
  /** Sorted by x; at most 2,000 points, evenly thinned from longer logs. */
  points: RunPoint[];
  /** The same values over epochs, when the log records the epoch of each point. */
  byEpoch: RunPoint[] | null;
  /** How many points the log held before thinning. */
  totalPoints: number;
  source: RunSource;
}

/**
 * `parsed`: read in full. `partial`: the file is cut off or damaged and what came before the damage
 * was kept. `unrecognized`: not a format we read. `empty`: nothing in it. `failed`: a known or likely
 * format that could not be read.
 */
export type RunFileStatus = 'parsed' | 'partial' | 'unrecognized' | 'empty' | 'failed';

export interface RunFileResult {
  path: string;
  status: RunFileStatus;
  format: RunFileFormat | null;
  /** The format in words (`Hugging Face trainer_state.json`), or '' when not recognized. */
  formatLabel: string;
  /** One sentence for anything but `parsed`: what is wrong and with which file. */
  message: string;
  findings: RunFinding[];
  series: RunSeries[];
  warnings: string[];
}

export interface RunImportParse {
  files: RunFileResult[];
  /** Every file's findings after combining files (QLoRA from a 4-bit base, effective batch size). */
  findings: RunFinding[];
  series: RunSeries[];
  /** Notes about the files taken together (conflicting values, what was combined). */
  warnings: string[];
}

/** Progress of one parse, for a progress bar: files done plus the fraction of the current file. */
export interface RunImportProgress {
  fileIndex: number;
  fileCount: number;
  path: string;
  /** 0 to 1 within the current file. */
  fileFraction: number;
}

/** Which model the values go to: an existing one, or one created on apply with this name. */
export type RunImportTarget = { modelId: string } | { newModelName: string };

export interface ImportedPlotSeries {
  label: string;
  /** The target model, or '' for series of a run the report does not know (multi-run exports). */
  modelId: '' | 'target';
  points: RunPoint[];
}

/** What one proposed change does when applied; the dialog does not need to look inside. */
export type RunImportOperation =
  | { kind: 'set-model-field'; model: RunImportTarget; finding: ModelFieldFinding }
  | { kind: 'set-report-field'; finding: ReportFieldFinding }
  | { kind: 'set-library-version'; name: string; version: string }
  | { kind: 'add-logging-tool'; tool: string; runLink: string }
  | {
      kind: 'set-metric-result';
      model: RunImportTarget;
      metric: MetricIdentity;
      /** The report's metric with this name, or null to add the metric to Problem definition. */
      metricId: string | null;
      split: ResultSplit;
      value: number;
      typedText?: string;
      aggregate?: MetricResultAggregate;
    }
  | {
      kind: 'set-field-value';
      scope: 'report' | 'model';
      model: RunImportTarget;
      path: string;
      value: string | number | boolean | RichText;
      typedText?: string;
    }
  | {
      kind: 'set-list-item';
      /** The report's list (`problem.metrics`). */
      path: string;
      /** The entry whose values are replaced, or null to add an entry. */
      itemId: string | null;
      values: Record<string, string | number | boolean>;
      typedTexts: Record<string, string>;
    }
  | {
      kind: 'append-rich-text';
      /** A rich-text field of the report (`appendix.additionalLogs`). */
      path: string;
      content: RichText;
    }
  | {
      kind: 'add-plot-series';
      model: RunImportTarget;
      /** The report's plot the series join, or null to add a new plot. */
      plotId: string | null;
      plot: {
        kind: PlotKind;
        title: string;
        caption: string;
        xLabel: string;
        yLabel: string;
      };
      series: ImportedPlotSeries[];
    };

/**
 * `new`: the field is empty (or still at its blank-report default) and gets a value.
 * `replace`: the field holds a different value. `add`: a new list entry, plot or series.
 */
export type ProposedChangeKind = 'new' | 'replace' | 'add';

export interface ProposedAlternative {
  value: string;
  source: RunSource;
}

export interface ProposedChange {
  /** Stable for one proposal: which field or entry the change writes. */
  id: string;
  kind: ProposedChangeKind;
  sectionId: SectionId;
  sectionTitle: string;
  /** Where it goes, in words: `Model A › Learning rate`, `Key library versions › peft`. */
  targetLabel: string;
  /** The value now in the report, formatted; '' when empty. */
  currentValue: string;
  /** The value that would be written, formatted. */
  newValue: string;
  source: RunSource;
  /** Other files that gave the same value. */
  alsoFoundIn: RunSource[];
  /** Different values other files gave for the same field; the one shown won by precedence. */
  alternatives: ProposedAlternative[];
  /** One line the dialog may show under the change (`Adds the metric "ROUGE-1"`), or ''. */
  detail: string;
  accepted: boolean;
  operation: RunImportOperation;
}
