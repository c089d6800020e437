import { metricDisplayName } from './metricDisplayName';
import { modelDisplayName } from './modelSummary';
import { formatNumber } from './numberInput';
import type { CodeLink, Model, Report } from './reportSchema';
import type { ChecklistItemId } from './reproducibilityChecklist';
import { resultRunCount } from './resultRunCount';
import { richTextToPlainText } from './richText';
import type { SectionId } from './sectionRegistry';

/**
 * What the report itself says about one checklist item: `met` (the answer is Yes), a `gap` (No once
 * there are experiments) or `not-applicable` for a reason of its own (e.g. no hyperparameter search).
 */
export interface ChecklistEvidence {
  state: 'met' | 'gap' | 'not-applicable';
  /** Where the evidence, or the gap, is. */
  sectionId: SectionId;
  /** One sentence a reviewer can check. */
  reason: string;
}

type Derivation = (report: Report) => ChecklistEvidence;

function met(sectionId: SectionId, reason: string): ChecklistEvidence {
  return { state: 'met', sectionId, reason };
}

function gap(sectionId: SectionId, reason: string): ChecklistEvidence {
  return { state: 'gap', sectionId, reason };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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

/** The first missing core hyperparameter of a model, as a sentence; undefined when all are there. */
function hyperparameterGap(model: Model, index: number): string | undefined {
  const name = modelDisplayName(model, index);
  const { learningRate, batchSize, epochs, maxSteps } = model.hyperparameters;
  if (learningRate === null) return `${name} has no learning rate.`;
  if (batchSize === null) return `${name} has no batch size.`;
  if (epochs === null && maxSteps === null) return `${name} gives neither epochs nor max steps.`;
  return undefined;
}

function methodSettingsGap(model: Model, index: number): string | undefined {
  const name = modelDisplayName(model, index);
  switch (model.method) {
    case 'lora':
    case 'qlora':
      if (model.lora.rank === null || model.lora.alpha === null)
        return `${name} does not give its LoRA rank and alpha.`;
      if (model.method === 'qlora' && model.quantization.bits === null)
        return `${name} does not say how its base weights are quantized.`;
      return undefined;
    case 'adapter':
      return model.adapter.size === null ? `${name} does not give its adapter size.` : undefined;
    case 'prefix-tuning':
    case 'prompt-tuning':
      return model.promptTuning.virtualTokens === null
        ? `${name} does not give its number of virtual tokens.`
        : undefined;
    case 'other':
      return isBlank(model.methodOther) ? `${name} does not name its method.` : undefined;
    case 'full':
      return undefined;
  }
}

function eachModel(
  report: Report,
  findGap: (model: Model, index: number) => string | undefined,
): ChecklistEvidence | undefined {
  const { models } = report.models;
  if (models.length === 0) return gap('models', 'No model is described.');
  for (const [index, model] of models.entries()) {
    const found = findGap(model, index);
    if (found !== undefined) return gap('models', found);
  }
  return undefined;
}

function datasetName(name: string, index: number): string {
  return isBlank(name) ? `Dataset ${index + 1}` : name.trim();
}

function dataSplitsGap(report: Report): ChecklistEvidence | undefined {
  const { datasets } = report.setup;
  if (datasets.length === 0) return gap('setup', 'No dataset is described.');
  const unsized = datasets.findIndex(
    (dataset) =>
      dataset.trainSize === null && dataset.validationSize === null && dataset.testSize === null,
  );
  if (unsized !== -1) {
    return gap(
      'setup',
      `${datasetName(datasets[unsized]?.name ?? '', unsized)} gives no split sizes.`,
    );
  }
  if (!datasets.some((dataset) => dataset.trainSize !== null))
    return gap('setup', 'No dataset gives a train size.');
  if (!datasets.some((dataset) => dataset.validationSize !== null || dataset.testSize !== null))
    return gap('setup', 'No dataset gives a validation or test size.');
  return undefined;
}

function infrastructureGap(report: Report): ChecklistEvidence | undefined {
  const { gpuType, gpuCount, cpu } = report.setup;
  if (gpuCount === 0 && !isBlank(cpu)) return undefined;
  if (isBlank(gpuType)) return gap('setup', 'The GPU type is not given.');
  if (gpuCount === null) return gap('setup', 'The GPU count is not given.');
  return undefined;
}

function describeInfrastructure(report: Report): string {
  const { gpuType, gpuCount, cpu } = report.setup;
  return gpuCount === 0
    ? `CPU only: ${cpu.trim()}.`
    : `${formatNumber(gpuCount)} × ${gpuType.trim()} per run.`;
}

const runtimePattern =
  /\b(?:gpu[- ]?(?:hours?|days?)|hours?|hrs?|minutes?|mins?|seconds?|wall[- ]?clock|run[- ]?times?|kwh|energy)\b|\d\s?h\b/iu;

/** Where the report gives run times or energy cost, if it does. */
function runtimeSection(report: Report): SectionId | undefined {
  const { tradeoffs, unexpectedResults, analysis } = report.results;
  const resultsText = [tradeoffs, unexpectedResults, analysis].map(richTextToPlainText).join('\n');
  if (runtimePattern.test(resultsText)) return 'results';
  if (runtimePattern.test(richTextToPlainText(report.appendix.additionalLogs))) return 'appendix';
  return undefined;
}

const memoryPattern = /\d\s*[GT]i?B\b/u;

function findCodeLink(report: Report, pattern: RegExp): CodeLink | undefined {
  return report.appendix.codeLinks.find(
    (link) => pattern.test(link.label) || pattern.test(link.url),
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
    const untuned =
      models.length > 0 &&
      models.every(
        (model, index) =>
          model.selection.numberOfRuns === 1 &&
          isBlank(model.selection.searchBounds) &&
          hyperparameterGap(model, index) === undefined,
      );
    if (untuned) {
      return {
        state: 'not-applicable',
        sectionId: 'models',
        reason: 'No search: every model was trained with one stated configuration.',
      };
    }
    const found = eachModel(report, (model, index) => {
      const name = modelDisplayName(model, index);
      if (isBlank(model.selection.searchBounds)) return `${name} does not give its search bounds.`;
      if (isBlank(model.selection.selectionCriterion))
        return `${name} does not say how its configuration was selected.`;
      return hyperparameterGap(model, index);
    });
    return (
      found ??
      met('models', 'Every model gives its search bounds, selection criterion and hyperparameters.')
    );
  },

  'pineau-number-of-runs': (report) => {
    const { numberOfRuns } = report.setup;
    if (numberOfRuns !== null) {
      return met('setup', `Runs per configuration: ${formatNumber(numberOfRuns)}.`);
    }
    const valued = valuedResults(report);
    if (valued.length > 0 && valued.every((result) => resultRunCount(result, report) !== null)) {
      return met('results', 'Every value in the metric table says how many runs it comes from.');
    }
    return gap('setup', 'Neither the setup nor the metric table says how many runs there were.');
  },

  'pineau-evaluation-metrics': (report) => {
    const { metrics } = report.problem;
    if (metrics.length === 0) return gap('problem', 'No metric is defined.');
    const undefinedIndex = metrics.findIndex((metric) => isBlank(metric.definition));
    if (undefinedIndex !== -1) {
      const metric = metrics[undefinedIndex];
      return gap(
        'problem',
        `${metric === undefined ? 'A metric' : metricDisplayName(metric, undefinedIndex)} has no definition.`,
      );
    }
    return met('problem', `Every metric is defined (${plural(metrics.length, 'metric')}).`);
  },

  'pineau-central-tendency': (report) => {
    const valued = valuedResults(report);
    if (valued.length === 0) return gap('results', 'The metric table is empty.');
    const notMeans = valued.filter((result) => result.aggregation !== 'mean').length;
    if (notMeans > 0)
      return gap('results', `${valuesWhich(notMeans, 'is not a mean', 'are not means')}.`);
    const withoutSpread = valued.filter((result) => result.spread === null).length;
    if (withoutSpread > 0)
      return gap('results', `${valuesWhich(withoutSpread, 'has no spread', 'have no spread')}.`);
    return met('results', 'Every value in the metric table is a mean with its spread.');
  },

  'pineau-runtime': (report) => {
    const sectionId = runtimeSection(report);
    return sectionId === undefined
      ? gap('results', 'No run time or energy cost is given in Results or the Appendix.')
      : met(sectionId, 'Run times are given.');
  },

  'pineau-computing-infrastructure': (report) =>
    infrastructureGap(report) ?? met('setup', describeInfrastructure(report)),

  'pineau-data-splits': (report) =>
    dataSplitsGap(report) ?? met('setup', 'Every dataset gives its split sizes.'),

  'pineau-data-preprocessing': (report) => {
    const { datasets } = report.setup;
    if (datasets.length === 0) return gap('setup', 'No dataset is described.');
    const undescribed = datasets.findIndex((dataset) => isBlank(dataset.preprocessing));
    if (undescribed !== -1) {
      return gap(
        'setup',
        `${datasetName(datasets[undescribed]?.name ?? '', undescribed)} does not describe its preprocessing.`,
      );
    }
    return met('setup', 'Every dataset describes its preprocessing.');
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
              ? `${modelDisplayName(model, index)} does not name its dataset.`
              : undefined),
        ),
      () => (setup.datasets.length === 0 ? gap('setup', 'No dataset is described.') : undefined),
      () => {
        const index = setup.datasets.findIndex((dataset) => isBlank(dataset.source));
        const dataset = setup.datasets[index];
        return dataset === undefined
          ? undefined
          : gap('setup', `${datasetName(dataset.name, index)} does not say where to get it.`);
      },
      () => (isBlank(setup.seeds) ? gap('setup', 'The random seeds are not recorded.') : undefined),
      () =>
        isBlank(setup.frameworkVersion)
          ? gap('setup', 'The framework version is not given.')
          : undefined,
    );
    return (
      found ??
      met(
        'models',
        'Every model gives its method settings and hyperparameters; data sources, seeds and versions are in Experimental setup.',
      )
    );
  },

  'neurips-5-open-access': (report) => {
    const { datasets } = report.setup;
    if (isBlank(report.appendix.repositoryUrl))
      return gap('appendix', 'No code repository is given.');
    if (datasets.length === 0) return gap('setup', 'No dataset is described.');
    const index = datasets.findIndex((dataset) => isBlank(dataset.source));
    const dataset = datasets[index];
    if (dataset !== undefined)
      return gap('setup', `${datasetName(dataset.name, index)} does not say where to get it.`);
    return met('appendix', 'The code repository is given and every dataset has a source.');
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
              ? `${name} does not name its optimizer.`
              : undefined) ??
            (isBlank(model.selection.selectionCriterion)
              ? `${name} does not say how its hyperparameters were chosen.`
              : undefined)
          );
        }),
    );
    return (
      found ??
      met('setup', 'Splits, hyperparameters, how they were chosen and the optimizers are given.')
    );
  },

  'neurips-7-statistical-significance': (report) => {
    const valued = valuedResults(report);
    if (valued.length === 0) return gap('results', 'The metric table is empty.');
    const withoutSpread = valued.filter((result) => result.spread === null).length;
    if (withoutSpread > 0)
      return gap('results', `${valuesWhich(withoutSpread, 'has no spread', 'have no spread')}.`);
    const singleRuns = valued.filter((result) => (resultRunCount(result, report) ?? 0) < 2).length;
    if (singleRuns > 0) {
      return gap(
        'results',
        `${valuesWhich(singleRuns, 'does not come from several runs', 'do not come from several runs')}.`,
      );
    }
    if (isBlank(report.setup.seeds)) return gap('setup', 'The random seeds are not recorded.');
    return met('results', 'Every value has a spread over several runs with recorded seeds.');
  },

  'neurips-8-compute': (report) => {
    const infrastructure = infrastructureGap(report);
    if (infrastructure !== undefined) return infrastructure;
    const timeSection = runtimeSection(report);
    if (timeSection === undefined)
      return gap('results', 'No run time is given in Results or the Appendix.');
    const { memory, gpuType } = report.setup;
    const memoryText = [
      gpuType,
      ...[report.results.tradeoffs, report.appendix.additionalLogs].map(richTextToPlainText),
    ].join('\n');
    if (isBlank(memory) && !memoryPattern.test(memoryText))
      return gap('setup', 'The memory of the compute workers is not given.');
    return met('setup', `${describeInfrastructure(report)} Memory and run times are given.`);
  },

  'code-dependencies': (report) => {
    const { lockfile, containerImage, libraryVersions } = report.setup;
    if (!isBlank(lockfile)) return met('setup', `Pinned by ${lockfile.trim()}.`);
    if (!isBlank(containerImage)) return met('setup', 'Pinned by a container image.');
    if (
      libraryVersions.length > 0 &&
      libraryVersions.every((library) => !isBlank(library.name) && !isBlank(library.version))
    ) {
      return met('setup', `Versions of ${plural(libraryVersions.length, 'library')} are listed.`);
    }
    return gap('setup', 'No lockfile, container image or complete list of library versions.');
  },

  'code-training': (report) => {
    const link = findCodeLink(report, trainingCodePattern);
    if (link !== undefined) return met('appendix', `Training code: ${linkName(link)}.`);
    const { repositoryUrl, configFiles } = report.appendix;
    if (!isBlank(repositoryUrl) && !isBlank(configFiles))
      return met('appendix', 'The repository and its training configs are given.');
    return gap('appendix', 'No link to the training code is given.');
  },

  'code-evaluation': (report) => {
    const link = findCodeLink(report, evaluationCodePattern);
    return link === undefined
      ? gap('appendix', 'No link to the evaluation code is given.')
      : met('appendix', `Evaluation code: ${linkName(link)}.`);
  },

  'code-pretrained-models': (report) => {
    const link = findCodeLink(report, modelWeightsPattern);
    return link === undefined
      ? gap('appendix', 'No link to the fine-tuned weights is given.')
      : met('appendix', `Fine-tuned weights: ${linkName(link)}.`);
  },

  'code-results': (report) => {
    if (valuedResults(report).length === 0) return gap('results', 'The metric table is empty.');
    const { configFiles, codeLinks } = report.appendix;
    if (isBlank(configFiles) && codeLinks.length === 0)
      return gap('appendix', 'No config files or scripts to reproduce the metric table are given.');
    return met('results', 'The metric table, with the configs and scripts that reproduce it.');
  },
};
