import { listItemFieldPath } from '@/model/listItemFieldPath';
import { isHubModelId } from '@/model/isHubModelId';
import { findModelDatasets } from '@/model/findModelDatasets';
import { modelDisplayName } from '@/model/modelSummary';
import type { Model, Report } from '@/model/reportSchema';
import { hubDatasetId } from '../hubDatasetId';
import { buildAdapterConfig } from './buildAdapterConfig';
import { buildBitsAndBytesConfig } from './buildBitsAndBytesConfig';
import { buildKitReadme } from './buildKitReadme';
import { buildRequirements } from './buildRequirements';
import { buildRunScript } from './buildRunScript';
import { buildTrainingArguments, type JsonValue } from './buildTrainingArguments';
import { createReproductionGap } from './createReproductionGap';
import { addModelGap, type KitModel } from './kitModel';
import { readSeeds } from './readSeeds';
import type { ReproductionGap } from './reproductionGap';
import { trainScript } from './trainScript';
import { chooseTransformersTarget, type TransformersTarget } from './transformersTarget';

export interface ReproductionKitFile {
  /** The path inside the kit, `models/model-a/training_args.json`. */
  path: string;
  text: string;
}

export interface ReproductionKit {
  files: ReproductionKitFile[];
  gaps: ReproductionGap[];
  target: TransformersTarget;
}

/** The Trainer's own seed, used when the report gives none. */
const defaultSeed = 42;
/** Git revisions and branch or tag names: no spaces, nothing a shell or a URL would read. */
const revisionPattern = /^[\w./-]+$/u;

function json(value: Record<string, JsonValue>): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40)
    .replace(/-+$/u, '');
}

/** One folder per model, named after it and never twice the same. */
function modelFolders(models: readonly Model[]): string[] {
  const used = new Set<string>();
  return models.map((model, index) => {
    const base = slug(model.name) || `model-${index + 1}`;
    let folder = base;
    for (let suffix = 2; used.has(folder); suffix += 1) folder = `${base}-${suffix}`;
    used.add(folder);
    return `models/${folder}`;
  });
}

function baseModelOf(kit: KitModel): string {
  const typed = kit.model.baseModelHubId.trim();
  if (isHubModelId(typed)) return typed;
  const architecture = kit.model.architecture.trim();
  if (typed === '' && isHubModelId(architecture)) return architecture;
  addModelGap(
    kit,
    ['baseModelHubId'],
    typed === ''
      ? 'no base model on the Hub; run_config.json names the architecture, which from_pretrained may not find.'
      : `“${typed}” is not a Hub id (owner/name); run_config.json names it as typed.`,
  );
  return typed || architecture;
}

function runConfig(kit: KitModel, baseModel: string): Record<string, JsonValue> {
  const { report, model } = kit;
  const [dataset] = findModelDatasets(report, model);
  const config: Record<string, JsonValue> = {
    model_name: kit.name,
    base_model: baseModel,
    task: report.problem.taskType === 'generation' ? 'causal-lm' : 'sequence-classification',
    dataset: null,
    dataset_revision: null,
    text_column: 'text',
    label_column: 'label',
    validation_split: 'validation',
    test_split: 'test',
    max_seq_length: model.hyperparameters.maxSequenceLength,
  };
  if (model.hyperparameters.maxSequenceLength === null)
    addModelGap(
      kit,
      ['hyperparameters', 'maxSequenceLength'],
      'no max sequence length; the script truncates at the tokenizer’s own limit.',
    );
  if (dataset === undefined) {
    addModelGap(
      kit,
      ['dataset'],
      model.dataset.trim() === ''
        ? 'no dataset; run_config.json leaves it empty.'
        : `the dataset “${model.dataset.trim()}” is not one of Experimental setup’s datasets; run_config.json names it as typed.`,
    );
    config['dataset'] = model.dataset.trim() || null;
    return config;
  }
  const hubId = hubDatasetId(dataset);
  const datasetPath = (key: string): string => listItemFieldPath('setup.datasets', dataset.id, key);
  const datasetName = dataset.name.trim() || hubId || 'the dataset';
  if (hubId === '')
    kit.gaps.push(
      createReproductionGap(
        report,
        datasetPath('hubId'),
        `${datasetName} has no Hub id; run_config.json names the dataset as typed.`,
      ),
    );
  config['dataset'] = hubId || dataset.name.trim();
  const revision = dataset.revision.trim();
  if (revision !== '' && revisionPattern.test(revision)) config['dataset_revision'] = revision;
  else
    kit.gaps.push(
      createReproductionGap(
        report,
        datasetPath('revision'),
        revision === ''
          ? `${datasetName} has no revision; the rerun loads whatever the dataset holds that day.`
          : `${datasetName}’s revision “${revision}” is not a commit, branch or tag; the rerun loads the dataset’s latest version.`,
      ),
    );
  if (dataset.noValidationSplit) config['validation_split'] = null;
  if (dataset.noTestSplit) config['test_split'] = null;
  return config;
}

const supportedMethods: ReadonlySet<Model['method']> = new Set(['full', 'lora', 'qlora']);

/**
 * The report as the files that rerun its training: per model training_args.json, run_config.json
 * and, for LoRA and QLoRA, adapter_config.json and bnb_config.json; shared requirements.txt,
 * train.py, run.sh and a README; and the gaps, what the report lacks for an exact rerun.
 */
export function buildReproductionKit(report: Report): ReproductionKit {
  const gaps: ReproductionGap[] = [];
  const target = chooseTransformersTarget(report);
  const seeds = readSeeds(report.setup.seeds);
  if (seeds === null || seeds.length === 0)
    gaps.push(
      createReproductionGap(
        report,
        'setup.seeds',
        seeds === null
          ? `The random seeds “${report.setup.seeds.trim()}” are not whole numbers; the kit uses the Trainer’s default, ${defaultSeed}.`
          : `No random seed; the kit uses the Trainer’s default, ${defaultSeed}, which may not be what the runs used.`,
      ),
    );
  const runSeeds = seeds === null || seeds.length === 0 ? [defaultSeed] : seeds;
  if (report.models.models.length === 0)
    gaps.push(
      createReproductionGap(report, 'models.models', 'No model; the kit has nothing to train.'),
    );

  const folders = modelFolders(report.models.models);
  const files: ReproductionKitFile[] = [];
  const needed = new Set(['transformers', 'datasets', 'accelerate']);
  const models = report.models.models.map((model, index) => {
    const folder = folders[index] ?? `models/model-${index + 1}`;
    const kit: KitModel = {
      report,
      model,
      name: modelDisplayName(model, index),
      folder,
      target,
      seed: runSeeds[0] ?? defaultSeed,
      gaps,
    };
    const baseModel = baseModelOf(kit);
    files.push({ path: `${folder}/training_args.json`, text: json(buildTrainingArguments(kit)) });
    files.push({ path: `${folder}/run_config.json`, text: json(runConfig(kit, baseModel)) });
    if (model.method === 'lora' || model.method === 'qlora') {
      needed.add('peft');
      files.push({
        path: `${folder}/adapter_config.json`,
        text: json(buildAdapterConfig(kit, baseModel)),
      });
    }
    if (model.method === 'qlora') {
      needed.add('bitsandbytes');
      files.push({ path: `${folder}/bnb_config.json`, text: json(buildBitsAndBytesConfig(kit)) });
    }
    if (!supportedMethods.has(model.method))
      addModelGap(
        kit,
        ['method'],
        'the kit writes configurations for full fine-tuning, LoRA and QLoRA only; run.sh leaves this model out.',
      );
    return {
      name: kit.name,
      folder,
      method: model.method,
      runs: supportedMethods.has(model.method),
    };
  });

  const requirements = buildRequirements(report, [...needed], gaps);
  files.push({ path: 'requirements.txt', text: requirements.text });
  files.push({ path: 'train.py', text: trainScript });
  files.push({
    path: 'run.sh',
    text: buildRunScript(
      models.filter((model) => model.runs).map((model) => model.folder),
      runSeeds,
      report.setup.gpuCount,
    ),
  });
  files.unshift({
    path: 'README.md',
    text: buildKitReadme({
      report,
      target,
      models,
      seeds: runSeeds,
      pythonVersion: requirements.pythonVersion,
      gaps,
      paths: files.map((file) => file.path),
    }),
  });
  return { files, gaps, target };
}
