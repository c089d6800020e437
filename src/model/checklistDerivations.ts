import { fieldSpecAtPath } from './fieldSpecAtPath';
import { joinFieldPath, listItemSegment, type FieldPath } from './fieldPath';
import { metricDisplayName } from './metricDisplayName';
import { metricResultFieldPath } from './metricResultFieldPath';
import { modelDisplayName } from './modelSummary';
import { formatNumber } from './numberInput';
import type { CodeLink, Dataset, Metric, MetricResult, Model, Report } from './reportSchema';
import type { ChecklistItemId } from './reproducibilityChecklist';
import { resultRunCount } from './resultRunCount';
import { richTextToPlainText, type RichText } from './richText';
import { getSectionDefinition, type SectionId } from './sectionRegistry';

/**
 * What the report itself says about one checklist item: `met` (Yes, backed by fields the reason
 * names), `partly` (some models give the fields, or only prose mentions them), a `gap` (No once
 * there are experiments) or `not-applicable` for a reason of its own (e.g. no hyperparameter search).
 * Prose is never enough for `met`: words like "hours" or "48 GB" are at most `partly`.
 */
export interface ChecklistEvidence {
  state: 'met' | 'partly' | 'gap' | 'not-applicable';
  /** Where the evidence, or the gap, is. */
  sectionId: SectionId;
  /** The field the answer rests on, or the first one missing. */
  fieldPath: FieldPath;
  /** One sentence a reviewer can check, naming the fields by their labels. */
  reason: string;
}

type Derivation = (report: Report) => ChecklistEvidence;

interface FieldPointer {
  sectionId: SectionId;
  fieldPath: FieldPath;
}

function field(sectionId: SectionId, ...keys: string[]): FieldPointer {
  return { sectionId, fieldPath: joinFieldPath(sectionId, ...keys) };
}

function modelField(model: Model, ...keys: string[]): FieldPointer {
  return field('models', listItemSegment('models', model.id), ...keys);
}

function datasetField(dataset: Dataset, ...keys: string[]): FieldPointer {
  return field('setup', listItemSegment('datasets', dataset.id), ...keys);
}

function metricField(metric: Metric, ...keys: string[]): FieldPointer {
  return field('problem', listItemSegment('metrics', metric.id), ...keys);
}

function resultField(result: MetricResult, key: keyof MetricResult): FieldPointer {
  return { sectionId: 'results', fieldPath: metricResultFieldPath(result.id, key) };
}

function codeLinkField(link: CodeLink): FieldPointer {
  return field('appendix', listItemSegment('codeLinks', link.id), 'url');
}

function met(pointer: FieldPointer, reason: string): ChecklistEvidence {
  return { state: 'met', ...pointer, reason };
}

function partly(pointer: FieldPointer, reason: string): ChecklistEvidence {
  return { state: 'partly', ...pointer, reason };
}

function gap(pointer: FieldPointer, reason: string): ChecklistEvidence {
  return { state: 'gap', ...pointer, reason };
}

/** The fields reasons name, by path without item ids; their labels come from the field specs. */
const labelPaths = {
  learningRate: 'models.models.hyperparameters.learningRate',
  batchSize: 'models.models.hyperparameters.batchSize',
  epochs: 'models.models.hyperparameters.epochs',
  maxSteps: 'models.models.hyperparameters.maxSteps',
  optimizer: 'models.models.hyperparameters.optimizer',
  searchBounds: 'models.models.selection.searchBounds',
  selectionCriterion: 'models.models.selection.selectionCriterion',
  modelDataset: 'models.models.dataset',
  loraRank: 'models.models.lora.rank',
  loraAlpha: 'models.models.lora.alpha',
  quantizationBits: 'models.models.quantization.bits',
  adapterSize: 'models.models.adapter.size',
  virtualTokens: 'models.models.promptTuning.virtualTokens',
  methodOther: 'models.models.methodOther',
  wallClockHours: 'models.models.measured.wallClockHours',
  gpuHours: 'models.models.measured.gpuHours',
  peakGpuMemory: 'models.models.measured.peakGpuMemoryGigabytes',
  metricDefinition: 'problem.metrics.definition',
  gpuType: 'setup.gpuType',
  gpuCount: 'setup.gpuCount',
  cpu: 'setup.cpu',
  datasetSource: 'setup.datasets.source',
  trainSize: 'setup.datasets.trainSize',
  validationSize: 'setup.datasets.validationSize',
  noValidationSplit: 'setup.datasets.noValidationSplit',
  testSize: 'setup.datasets.testSize',
  noTestSplit: 'setup.datasets.noTestSplit',
  preprocessing: 'setup.datasets.preprocessing',
  seeds: 'setup.seeds',
  frameworkVersion: 'setup.frameworkVersion',
  runsPerConfiguration: 'setup.numberOfRuns',
  lockfile: 'setup.lockfile',
  containerImage: 'setup.containerImage',
  libraryVersions: 'setup.libraryVersions',
  libraryName: 'setup.libraryVersions.name',
  libraryVersion: 'setup.libraryVersions.version',
  spread: 'results.metricResults.spread',
  runs: 'results.metricResults.runs',
  repository: 'appendix.repositoryUrl',
  configFiles: 'appendix.configFiles',
  codeLinks: 'appendix.codeLinks',
} as const;

/** A field's label as the form shows it, so a reason names fields the way the reader sees them. */
function label(key: keyof typeof labelPaths): string {
  const path = labelPaths[key];
  return fieldSpecAtPath(path)?.label ?? path;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts.at(-1) ?? ''}`;
}

/** "of Model A", "of both datasets", "of all 4 models". */
function ofAll(names: readonly string[], noun: string): string {
  if (names.length === 1) return `of ${names[0] ?? ''}`;
  if (names.length === 2) return `of both ${noun}s`;
  return `of all ${names.length} ${noun}s`;
}

/** "of the one value", "of all 24 values". */
function ofAllValues(count: number): string {
  return count === 1 ? 'of the one value' : `of all ${count} values`;
}

/** "1 value in the metric table has no spread", "3 values … have no spread". */
function valuesWhich(count: number, singular: string, pluralPredicate: string): string {
  return `${plural(count, 'value')} in the metric table ${count === 1 ? singular : pluralPredicate}`;
}

function firstGap(
  ...checks: (() => ChecklistEvidence | undefined)[]
): ChecklistEvidence | undefined {
  for (const check of checks) {
    const found = check();
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A missing field of a model: which one, and the sentence that says so. */
interface ModelGap {
  keys: string[];
  sentence: string;
}

/** The first missing core hyperparameter of a model; undefined when all are there. */
function hyperparameterGap(model: Model, index: number): ModelGap | undefined {
  const name = modelDisplayName(model, index);
  const { learningRate, batchSize, epochs, maxSteps } = model.hyperparameters;
  if (learningRate === null)
    return { keys: ['hyperparameters', 'learningRate'], sentence: `${name} has no learning rate.` };
  if (batchSize === null)
    return { keys: ['hyperparameters', 'batchSize'], sentence: `${name} has no batch size.` };
  if (epochs === null && maxSteps === null) {
    return {
      keys: ['hyperparameters', 'epochs'],
      sentence: `${name} gives neither epochs nor max steps.`,
    };
  }
  return undefined;
}

function methodSettingsGap(model: Model, index: number): ModelGap | undefined {
  const name = modelDisplayName(model, index);
  switch (model.method) {
    case 'lora':
    case 'qlora':
      if (model.lora.rank === null || model.lora.alpha === null) {
        return {
          keys: ['lora', model.lora.rank === null ? 'rank' : 'alpha'],
          sentence: `${name} does not give its LoRA rank and alpha.`,
        };
      }
      if (model.method === 'qlora' && model.quantization.bits === null) {
        return {
          keys: ['quantization', 'bits'],
          sentence: `${name} does not say how its base weights are quantized.`,
        };
      }
      return undefined;
    case 'adapter':
      return model.adapter.size === null
        ? { keys: ['adapter', 'size'], sentence: `${name} does not give its adapter size.` }
        : undefined;
    case 'prefix-tuning':
    case 'prompt-tuning':
      return model.promptTuning.virtualTokens === null
        ? {
            keys: ['promptTuning', 'virtualTokens'],
            sentence: `${name} does not give its number of virtual tokens.`,
          }
        : undefined;
    case 'other':
      return isBlank(model.methodOther)
        ? { keys: ['methodOther'], sentence: `${name} does not name its method.` }
        : undefined;
    case 'full':
      return undefined;
  }
}

/** The method settings the models' methods ask for, by label, each once. */
function methodSettingLabels(models: readonly Model[]): string[] {
  const labels = models.flatMap((model): string[] => {
    switch (model.method) {
      case 'lora':
        return [label('loraRank'), label('loraAlpha')];
      case 'qlora':
        return [label('loraRank'), label('loraAlpha'), label('quantizationBits')];
      case 'adapter':
        return [label('adapterSize')];
      case 'prefix-tuning':
      case 'prompt-tuning':
        return [label('virtualTokens')];
      case 'other':
        return [label('methodOther')];
      case 'full':
        return [];
    }
  });
  return [...new Set(labels)];
}

const noModel = (): ChecklistEvidence => gap(field('models', 'models'), 'No model is described.');

function eachModel(
  report: Report,
  findGap: (model: Model, index: number) => ModelGap | undefined,
): ChecklistEvidence | undefined {
  const { models } = report.models;
  if (models.length === 0) return noModel();
  for (const [index, model] of models.entries()) {
    const found = findGap(model, index);
    if (found !== undefined) return gap(modelField(model, ...found.keys), found.sentence);
  }
  return undefined;
}

function modelNames(models: readonly Model[]): string[] {
  return models.map((model, index) => modelDisplayName(model, index));
}

const coreHyperparameterLabels = (): string[] => [
  label('learningRate'),
  label('batchSize'),
  `${label('epochs')} or ${label('maxSteps')}`,
];

function datasetName(name: string, index: number): string {
  return isBlank(name) ? `Dataset ${index + 1}` : name.trim();
}

function datasetNames(datasets: readonly Dataset[]): string[] {
  return datasets.map((dataset, index) => datasetName(dataset.name, index));
}

const noDataset = (): ChecklistEvidence =>
  gap(field('setup', 'datasets'), 'No dataset is described.');

/** A split is given by its size, or by ticking that the dataset has none (train always has one). */
const splits = [
  { size: 'trainSize', none: undefined },
  { size: 'validationSize', none: 'noValidationSplit' },
  { size: 'testSize', none: 'noTestSplit' },
] as const;
type Split = (typeof splits)[number];

/** How a dataset gives a split; a ticked "no split" hides the size field, so it wins. */
function splitAnswer(dataset: Dataset, split: Split): 'size' | 'none' | undefined {
  if (split.none !== undefined && dataset[split.none]) return 'none';
  return dataset[split.size] === null ? undefined : 'size';
}

function dataSplitsGap(report: Report): ChecklistEvidence | undefined {
  const { datasets } = report.setup;
  if (datasets.length === 0) return noDataset();
  for (const [index, dataset] of datasets.entries()) {
    const missing = splits.filter((split) => splitAnswer(dataset, split) === undefined);
    const [first] = missing;
    if (first === undefined) continue;
    const sizes = joinOr(missing.map((split) => label(split.size)));
    const nones = missing.flatMap((split) => (split.none === undefined ? [] : [label(split.none)]));
    const orNone = nones.length === 0 ? '' : ` (nor ticks ${joinOr(nones)})`;
    return gap(
      datasetField(dataset, first.size),
      `${datasetName(dataset.name, index)} gives no ${sizes}${orNone}.`,
    );
  }
  return undefined;
}

/** "Train size, Validation size (or No validation split) and Test size of both datasets". */
function describeSplits(datasets: readonly Dataset[]): string {
  const parts = splits.map((split) => {
    const answers = new Set(datasets.map((dataset) => splitAnswer(dataset, split)));
    const sizeLabel = label(split.size);
    if (split.none === undefined || !answers.has('none')) return sizeLabel;
    return answers.has('size') ? `${sizeLabel} (or ${label(split.none)})` : label(split.none);
  });
  return `${joinAnd(parts)} ${ofAll(datasetNames(datasets), 'dataset')}`;
}

function infrastructureGap(report: Report): ChecklistEvidence | undefined {
  const { gpuType, gpuCount, cpu } = report.setup;
  if (gpuCount === 0 && !isBlank(cpu)) return undefined;
  if (isBlank(gpuType)) return gap(field('setup', 'gpuType'), 'The GPU type is not given.');
  if (gpuCount === null) return gap(field('setup', 'gpuCount'), 'The GPU count is not given.');
  return undefined;
}

/** "GPU type and GPU count: 1 × NVIDIA A100 per run", once infrastructureGap found nothing. */
function describeInfrastructure(report: Report): string {
  const { gpuType, gpuCount, cpu } = report.setup;
  return gpuCount === 0
    ? `${label('gpuCount')} and ${label('cpu')}: CPU only, ${cpu.trim()}`
    : `${label('gpuType')} and ${label('gpuCount')}: ${formatNumber(gpuCount)} × ${gpuType.trim()} per run`;
}

function hasRunTime(model: Model): boolean {
  return model.measured.wallClockHours !== null || model.measured.gpuHours !== null;
}

function hasPeakMemory(model: Model): boolean {
  return model.measured.peakGpuMemoryGigabytes !== null;
}

/** The run-time fields every model fills, or "Training time (hours) or GPU-hours" when they differ. */
function runTimeLabels(models: readonly Model[]): string[] {
  const everyWallClock = models.every((model) => model.measured.wallClockHours !== null);
  const everyGpuHours = models.every((model) => model.measured.gpuHours !== null);
  if (!everyWallClock && !everyGpuHours)
    return [`${label('wallClockHours')} or ${label('gpuHours')}`];
  return [
    ...(everyWallClock ? [label('wallClockHours')] : []),
    ...(everyGpuHours ? [label('gpuHours')] : []),
  ];
}

function runTimePointer(model: Model): FieldPointer {
  return modelField(
    model,
    'measured',
    model.measured.wallClockHours === null && model.measured.gpuHours !== null
      ? 'gpuHours'
      : 'wallClockHours',
  );
}

/** "Model C gives", "Model C and Model D give": names at most four, then counts. */
function namesGive(names: readonly string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return `${joinAnd(shown)} ${names.length === 1 ? 'gives' : 'give'}`;
}

const runtimePattern =
  /(?:\b\d[\d.,]*\s*)?\b(?:gpu[- ]?(?:hours?|days?)|hours?|hrs?|minutes?|mins?|seconds?|wall[- ]?clock|run[- ]?times?|kwh|energy)\b|\b\d[\d.,]*\s?h\b/iu;
const memoryPattern = /\b\d[\d.,]*\s*[GT]i?B\b/u;

/** The prose where a report may talk about cost; words there are a hint to check, never evidence. */
const costProse: readonly { pointer: FieldPointer; text: (report: Report) => RichText }[] = [
  { pointer: field('results', 'tradeoffs'), text: (report) => report.results.tradeoffs },
  {
    pointer: field('results', 'unexpectedResults'),
    text: (report) => report.results.unexpectedResults,
  },
  { pointer: field('results', 'analysis'), text: (report) => report.results.analysis },
  {
    pointer: field('appendix', 'additionalLogs'),
    text: (report) => report.appendix.additionalLogs,
  },
];

/** `Results and analysis › Analysis mentions "18 hours"`, for the first prose that matches. */
function findProseMention(report: Report, patterns: readonly RegExp[]): string | undefined {
  for (const prose of costProse) {
    const text = richTextToPlainText(prose.text(report));
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match === null) continue;
      const where = `${getSectionDefinition(prose.pointer.sectionId).title} › ${fieldSpecAtPath(prose.pointer.fieldPath)?.label ?? prose.pointer.fieldPath}`;
      return `${where} mentions "${match[0].trim()}"`;
    }
  }
  return undefined;
}

function firstModelField(report: Report, ...keys: string[]): FieldPointer {
  const [first] = report.models.models;
  return first === undefined ? field('models', 'models') : modelField(first, ...keys);
}

function findCodeLink(report: Report, pattern: RegExp): CodeLink | undefined {
  return report.appendix.codeLinks.find(
    (link) => !isBlank(link.url) && (pattern.test(link.label) || pattern.test(link.url)),
  );
}

function linkName(link: CodeLink): string {
  return isBlank(link.label) ? link.url.trim() : link.label.trim();
}

function valuedResults(report: Report) {
  return report.results.metricResults.filter((result) => result.value !== null);
}

const trainingCodePattern = /train|fine-?tun/iu;
const evaluationCodePattern = /eval|benchmark|inference|predict/iu;
const modelWeightsPattern =
  /checkpoint|weights|model[ -]?card|adapter|huggingface\.co\/(?!datasets\/|spaces\/)|hf\.co\/(?!datasets\/|spaces\/)/iu;

/** One derivation per checklist item; a new item fails to compile until it is derived here. */
export const checklistDerivations: { readonly [Id in ChecklistItemId]: Derivation } = {
  'pineau-hyperparameter-ranges': (report) => {
    const { models } = report.models;
    const [first] = models;
    const untuned =
      models.length > 0 &&
      models.every(
        (model, index) =>
          model.selection.numberOfRuns === 1 &&
          isBlank(model.selection.searchBounds) &&
          hyperparameterGap(model, index) === undefined,
      );
    if (untuned && first !== undefined) {
      return {
        state: 'not-applicable',
        ...modelField(first, 'selection', 'numberOfRuns'),
        reason: 'No search: every model was trained with one stated configuration.',
      };
    }
    const found = eachModel(report, (model, index) => {
      const name = modelDisplayName(model, index);
      if (isBlank(model.selection.searchBounds)) {
        return {
          keys: ['selection', 'searchBounds'],
          sentence: `${name} does not give its search bounds.`,
        };
      }
      if (isBlank(model.selection.selectionCriterion)) {
        return {
          keys: ['selection', 'selectionCriterion'],
          sentence: `${name} does not say how its configuration was selected.`,
        };
      }
      return hyperparameterGap(model, index);
    });
    if (found !== undefined || first === undefined) return found ?? noModel();
    return met(
      modelField(first, 'selection', 'searchBounds'),
      `${joinAnd([label('searchBounds'), label('selectionCriterion'), ...coreHyperparameterLabels()])} ${ofAll(modelNames(models), 'model')}.`,
    );
  },

  'pineau-number-of-runs': (report) => {
    const { numberOfRuns } = report.setup;
    if (numberOfRuns !== null) {
      return met(
        field('setup', 'numberOfRuns'),
        `${label('runsPerConfiguration')}: ${formatNumber(numberOfRuns)}.`,
      );
    }
    const valued = valuedResults(report);
    const [first] = valued;
    if (first !== undefined && valued.every((result) => resultRunCount(result, report) !== null)) {
      return met(
        resultField(first, 'runs'),
        `${label('runs')} (or a single-run Aggregation) ${ofAllValues(valued.length)} in the metric table.`,
      );
    }
    return gap(
      field('setup', 'numberOfRuns'),
      'Neither the setup nor the metric table says how many runs there were.',
    );
  },

  'pineau-evaluation-metrics': (report) => {
    const { metrics } = report.problem;
    const [first] = metrics;
    if (first === undefined) return gap(field('problem', 'metrics'), 'No metric is defined.');
    const undefinedIndex = metrics.findIndex((metric) => isBlank(metric.definition));
    const undefinedMetric = metrics[undefinedIndex];
    if (undefinedMetric !== undefined) {
      return gap(
        metricField(undefinedMetric, 'definition'),
        `${metricDisplayName(undefinedMetric, undefinedIndex)} has no definition.`,
      );
    }
    const names = metrics.map((metric, index) => metricDisplayName(metric, index));
    return met(
      metricField(first, 'definition'),
      `${label('metricDefinition')} ${ofAll(names, 'metric')}.`,
    );
  },

  'pineau-central-tendency': (report) => {
    const valued = valuedResults(report);
    const [first] = valued;
    if (first === undefined)
      return gap(field('results', 'metricResults'), 'The metric table is empty.');
    const notMeans = valued.filter((result) => result.aggregation !== 'mean');
    const [firstNotMean] = notMeans;
    if (firstNotMean !== undefined) {
      return gap(
        resultField(firstNotMean, 'aggregation'),
        `${valuesWhich(notMeans.length, 'is not a mean', 'are not means')}.`,
      );
    }
    const withoutSpread = valued.filter((result) => result.spread === null);
    const [firstWithoutSpread] = withoutSpread;
    if (firstWithoutSpread !== undefined) {
      return gap(
        resultField(firstWithoutSpread, 'spread'),
        `${valuesWhich(withoutSpread.length, 'has no spread', 'have no spread')}.`,
      );
    }
    return met(
      resultField(first, 'spread'),
      `Aggregation (mean) and ${label('spread')} ${ofAllValues(valued.length)} in the metric table.`,
    );
  },

  'pineau-runtime': (report) => {
    const { models } = report.models;
    const [first] = models;
    const untimed = models.filter((model) => !hasRunTime(model));
    const [firstUntimed] = untimed;
    const runTime = `${label('wallClockHours')} nor ${label('gpuHours')}`;
    if (first !== undefined && firstUntimed === undefined) {
      return met(
        runTimePointer(first),
        `${joinAnd(runTimeLabels(models))} ${ofAll(modelNames(models), 'model')}.`,
      );
    }
    if (firstUntimed !== undefined && untimed.length < models.length) {
      const names = models.flatMap((model, index) =>
        hasRunTime(model) ? [] : [modelDisplayName(model, index)],
      );
      return partly(runTimePointer(firstUntimed), `${namesGive(names)} neither ${runTime}.`);
    }
    const pointer = firstModelField(report, 'measured', 'wallClockHours');
    const mention = findProseMention(report, [runtimePattern]);
    if (mention !== undefined) {
      return partly(
        pointer,
        `${mention}, but no model gives ${label('wallClockHours')} or ${label('gpuHours')}.`,
      );
    }
    return first === undefined
      ? noModel()
      : gap(pointer, `No model gives ${label('wallClockHours')} or ${label('gpuHours')}.`);
  },

  'pineau-computing-infrastructure': (report) =>
    infrastructureGap(report) ??
    met(
      field('setup', report.setup.gpuCount === 0 ? 'gpuCount' : 'gpuType'),
      `${describeInfrastructure(report)}.`,
    ),

  'pineau-data-splits': (report) => {
    const [first] = report.setup.datasets;
    const found = dataSplitsGap(report);
    if (found !== undefined || first === undefined) return found ?? noDataset();
    return met(datasetField(first, 'trainSize'), `${describeSplits(report.setup.datasets)}.`);
  },

  'pineau-data-preprocessing': (report) => {
    const { datasets } = report.setup;
    const [first] = datasets;
    if (first === undefined) return noDataset();
    const undescribed = datasets.findIndex((dataset) => isBlank(dataset.preprocessing));
    const undescribedDataset = datasets[undescribed];
    if (undescribedDataset !== undefined) {
      return gap(
        datasetField(undescribedDataset, 'preprocessing'),
        `${datasetName(undescribedDataset.name, undescribed)} does not describe its preprocessing.`,
      );
    }
    return met(
      datasetField(first, 'preprocessing'),
      `${label('preprocessing')} ${ofAll(datasetNames(datasets), 'dataset')}.`,
    );
  },

  'neurips-4-reproducibility': (report) => {
    const { setup } = report;
    const found = firstGap(
      () =>
        eachModel(
          report,
          (model, index) =>
            hyperparameterGap(model, index) ??
            methodSettingsGap(model, index) ??
            (isBlank(model.dataset)
              ? {
                  keys: ['dataset'],
                  sentence: `${modelDisplayName(model, index)} does not name its dataset.`,
                }
              : undefined),
        ),
      () => (setup.datasets.length === 0 ? noDataset() : undefined),
      () => {
        const index = setup.datasets.findIndex((dataset) => isBlank(dataset.source));
        const dataset = setup.datasets[index];
        return dataset === undefined
          ? undefined
          : gap(
              datasetField(dataset, 'source'),
              `${datasetName(dataset.name, index)} does not say where to get it.`,
            );
      },
      () =>
        isBlank(setup.seeds)
          ? gap(field('setup', 'seeds'), 'The random seeds are not recorded.')
          : undefined,
      () =>
        isBlank(setup.frameworkVersion)
          ? gap(field('setup', 'frameworkVersion'), 'The framework version is not given.')
          : undefined,
    );
    const { models } = report.models;
    const [first] = models;
    if (found !== undefined || first === undefined) return found ?? noModel();
    const settings = methodSettingLabels(models);
    const modelFields = [
      ...coreHyperparameterLabels(),
      ...(settings.length === 0 ? [] : [`the settings each method needs (${joinAnd(settings)})`]),
      label('modelDataset'),
    ];
    return met(
      modelField(first, 'hyperparameters', 'learningRate'),
      `${joinAnd(modelFields)} ${ofAll(modelNames(models), 'model')}; ${label('datasetSource')} ${ofAll(datasetNames(setup.datasets), 'dataset')}, ${label('seeds')} and ${label('frameworkVersion')} (Experimental setup).`,
    );
  },

  'neurips-5-open-access': (report) => {
    const { datasets } = report.setup;
    if (isBlank(report.appendix.repositoryUrl))
      return gap(field('appendix', 'repositoryUrl'), 'No code repository is given.');
    if (datasets.length === 0) return noDataset();
    const index = datasets.findIndex((dataset) => isBlank(dataset.source));
    const dataset = datasets[index];
    if (dataset !== undefined) {
      return gap(
        datasetField(dataset, 'source'),
        `${datasetName(dataset.name, index)} does not say where to get it.`,
      );
    }
    return met(
      field('appendix', 'repositoryUrl'),
      `${label('repository')}, and ${label('datasetSource')} ${ofAll(datasetNames(datasets), 'dataset')} (Experimental setup).`,
    );
  },

  'neurips-6-experimental-setting': (report) => {
    const found = firstGap(
      () => dataSplitsGap(report),
      () =>
        eachModel(report, (model, index) => {
          const name = modelDisplayName(model, index);
          return (
            hyperparameterGap(model, index) ??
            (isBlank(model.hyperparameters.optimizer)
              ? {
                  keys: ['hyperparameters', 'optimizer'],
                  sentence: `${name} does not name its optimizer.`,
                }
              : undefined) ??
            (isBlank(model.selection.selectionCriterion)
              ? {
                  keys: ['selection', 'selectionCriterion'],
                  sentence: `${name} does not say how its hyperparameters were chosen.`,
                }
              : undefined)
          );
        }),
    );
    const [firstDataset] = report.setup.datasets;
    if (found !== undefined || firstDataset === undefined) return found ?? noDataset();
    const modelFields = [
      ...coreHyperparameterLabels(),
      label('optimizer'),
      label('selectionCriterion'),
    ];
    return met(
      datasetField(firstDataset, 'trainSize'),
      `${describeSplits(report.setup.datasets)}; ${joinAnd(modelFields)} ${ofAll(modelNames(report.models.models), 'model')} (Models and approach).`,
    );
  },

  'neurips-7-statistical-significance': (report) => {
    const valued = valuedResults(report);
    const [first] = valued;
    if (first === undefined)
      return gap(field('results', 'metricResults'), 'The metric table is empty.');
    const withoutSpread = valued.filter((result) => result.spread === null);
    const [firstWithoutSpread] = withoutSpread;
    if (firstWithoutSpread !== undefined) {
      return gap(
        resultField(firstWithoutSpread, 'spread'),
        `${valuesWhich(withoutSpread.length, 'has no spread', 'have no spread')}.`,
      );
    }
    const singleRuns = valued.filter((result) => (resultRunCount(result, report) ?? 0) < 2);
    const [firstSingleRun] = singleRuns;
    if (firstSingleRun !== undefined) {
      return gap(
        resultField(firstSingleRun, 'runs'),
        `${valuesWhich(singleRuns.length, 'does not come from several runs', 'do not come from several runs')}.`,
      );
    }
    if (isBlank(report.setup.seeds))
      return gap(field('setup', 'seeds'), 'The random seeds are not recorded.');
    const ownRuns = valued.filter((result) => result.runs !== null).length;
    const { numberOfRuns } = report.setup;
    const setupRuns =
      numberOfRuns === null
        ? ''
        : `${label('runsPerConfiguration')} (${formatNumber(numberOfRuns)}) and `;
    const reason =
      ownRuns === valued.length
        ? `${label('spread')} and ${label('runs')} (2 or more) ${ofAllValues(valued.length)} in the metric table; ${label('seeds')} (Experimental setup).`
        : `${label('spread')} ${ofAllValues(valued.length)} in the metric table, with ${label('runs')} of 2 or more where given; ${setupRuns}${label('seeds')} (Experimental setup).`;
    return met(resultField(first, 'spread'), reason);
  },

  'neurips-8-compute': (report) => {
    const infrastructure = infrastructureGap(report);
    if (infrastructure !== undefined) return infrastructure;
    const { models } = report.models;
    const [first] = models;
    const lacking = models.filter((model) => !hasRunTime(model) || !hasPeakMemory(model));
    const [firstLacking] = lacking;
    if (first !== undefined && firstLacking === undefined) {
      return met(
        modelField(first, 'measured', 'peakGpuMemoryGigabytes'),
        `${joinAnd([...runTimeLabels(models), label('peakGpuMemory')])} ${ofAll(modelNames(models), 'model')}; ${describeInfrastructure(report)} (Experimental setup).`,
      );
    }
    if (
      firstLacking !== undefined &&
      models.some((model) => hasRunTime(model) || hasPeakMemory(model))
    ) {
      const namesWhere = (lacks: (model: Model) => boolean): string[] =>
        models.flatMap((model, index) => (lacks(model) ? [modelDisplayName(model, index)] : []));
      const withoutRunTime = namesWhere((model) => !hasRunTime(model));
      const withoutMemory = namesWhere((model) => !hasPeakMemory(model));
      const sentences = [
        ...(withoutRunTime.length === 0
          ? []
          : [
              `${namesGive(withoutRunTime)} neither ${label('wallClockHours')} nor ${label('gpuHours')}.`,
            ]),
        ...(withoutMemory.length === 0
          ? []
          : [`${namesGive(withoutMemory)} no ${label('peakGpuMemory')}.`]),
      ];
      return partly(
        hasRunTime(firstLacking)
          ? modelField(firstLacking, 'measured', 'peakGpuMemoryGigabytes')
          : runTimePointer(firstLacking),
        sentences.join(' '),
      );
    }
    const pointer = firstModelField(report, 'measured', 'wallClockHours');
    const costFields = joinOr([label('wallClockHours'), label('gpuHours'), label('peakGpuMemory')]);
    const mention = findProseMention(report, [runtimePattern, memoryPattern]);
    if (mention !== undefined)
      return partly(pointer, `${mention}, but no model gives ${costFields}.`);
    return first === undefined ? noModel() : gap(pointer, `No model gives ${costFields}.`);
  },

  'code-dependencies': (report) => {
    const { lockfile, containerImage, libraryVersions } = report.setup;
    if (!isBlank(lockfile))
      return met(field('setup', 'lockfile'), `${label('lockfile')}: ${lockfile.trim()}.`);
    if (!isBlank(containerImage)) {
      return met(
        field('setup', 'containerImage'),
        `${label('containerImage')}: ${containerImage.trim()}.`,
      );
    }
    const [firstLibrary] = libraryVersions;
    if (
      firstLibrary !== undefined &&
      libraryVersions.every((library) => !isBlank(library.name) && !isBlank(library.version))
    ) {
      return met(
        field('setup', listItemSegment('libraryVersions', firstLibrary.id), 'version'),
        `${label('libraryName')} and ${label('libraryVersion')} of ${libraryVersions.length === 1 ? 'the one entry' : `all ${libraryVersions.length} entries`} in ${label('libraryVersions')}.`,
      );
    }
    return gap(
      field('setup', 'lockfile'),
      'No lockfile, container image or complete list of library versions.',
    );
  },

  'code-training': (report) => {
    const link = findCodeLink(report, trainingCodePattern);
    if (link !== undefined)
      return met(codeLinkField(link), `Training code in ${label('codeLinks')}: ${linkName(link)}.`);
    const { repositoryUrl, configFiles } = report.appendix;
    if (!isBlank(repositoryUrl) && !isBlank(configFiles)) {
      return met(
        field('appendix', 'repositoryUrl'),
        `${label('repository')} and its training configs in ${label('configFiles')}.`,
      );
    }
    return gap(field('appendix', 'codeLinks'), 'No link to the training code is given.');
  },

  'code-evaluation': (report) => {
    const link = findCodeLink(report, evaluationCodePattern);
    return link === undefined
      ? gap(field('appendix', 'codeLinks'), 'No link to the evaluation code is given.')
      : met(codeLinkField(link), `Evaluation code in ${label('codeLinks')}: ${linkName(link)}.`);
  },

  'code-pretrained-models': (report) => {
    const link = findCodeLink(report, modelWeightsPattern);
    return link === undefined
      ? gap(field('appendix', 'codeLinks'), 'No link to the fine-tuned weights is given.')
      : met(codeLinkField(link), `Fine-tuned weights in ${label('codeLinks')}: ${linkName(link)}.`);
  },

  'code-results': (report) => {
    const valued = valuedResults(report);
    const [first] = valued;
    if (first === undefined)
      return gap(field('results', 'metricResults'), 'The metric table is empty.');
    const { configFiles, codeLinks } = report.appendix;
    const scripts = [
      ...(isBlank(configFiles) ? [] : [label('configFiles')]),
      ...(codeLinks.some((link) => !isBlank(link.url)) ? [label('codeLinks')] : []),
    ];
    if (scripts.length === 0) {
      return gap(
        field('appendix', 'configFiles'),
        'No config files or scripts to reproduce the metric table are given.',
      );
    }
    return met(
      resultField(first, 'value'),
      `The metric table (${plural(valued.length, 'value')}), with ${joinAnd(scripts)} (Appendix and references) to reproduce it.`,
    );
  },
};
