import { describeTypedNumberWithoutUnit } from '@/model/describeTypedNumberWithoutUnit';
import { metricDisplayName } from '@/model/metricDisplayName';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import type { FineTuningMethod, Metric, MetricResult } from '@/model/reportSchema';
import { getSectionDefinition, type SectionId } from '@/model/sectionRegistry';
import { hubDatasetId } from './hubDatasetId';
import { hubLicenseIds } from './hubLicenseIds';
import { hubPipelineTags, type HubPipelineTag } from './hubPipelineTags';
import {
  hubRepositoryIdPattern,
  modelCardMetadataSchema,
  modelIndexResultSchema,
  type ModelCardMetadata,
  type ModelIndexResult,
} from './modelCardMetadataSchema';
import type { ModelCardProblem } from './modelCardProblem';
import type { ModelCardSubject } from './modelCardSubject';
import { yamlTypedNumber } from './yamlTypedNumber';

const peftMethods: ReadonlySet<FineTuningMethod> = new Set([
  'lora',
  'qlora',
  'adapter',
  'prefix-tuning',
  'prompt-tuning',
]);

const methodTags: { readonly [Method in FineTuningMethod]: string | undefined } = {
  full: undefined,
  lora: 'lora',
  qlora: 'qlora',
  adapter: 'adapter',
  'prefix-tuning': 'prefix-tuning',
  'prompt-tuning': 'prompt-tuning',
  other: undefined,
};

const splitsReported: { readonly [Coverage in Metric['reportedOn']]: MetricResult['split'][] } = {
  both: ['validation', 'test'],
  validation: ['validation'],
  test: ['test'],
};

/** ISO 639-1/639-3 codes with an optional region or script, or the Hub's `multilingual`. */
const languageCode = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|multilingual)$/u;
const pipelineTags: ReadonlySet<string> = new Set(hubPipelineTags);

function isHubPipelineTag(text: string): text is HubPipelineTag {
  return pipelineTags.has(text);
}

class ProblemList {
  readonly problems: ModelCardProblem[] = [];

  add(sectionId: SectionId, fieldLabel: string, text: string): void {
    const sectionTitle = getSectionDefinition(sectionId).title;
    this.problems.push({
      sectionId,
      sectionTitle,
      fieldLabel,
      message: `${sectionTitle}: ${text}`,
    });
  }
}

/** The Hub's id for a typed license ("Apache-2.0" is `apache-2.0`), else a `license_name`. */
function licenseEntries(license: string, problems: ProblemList): Partial<ModelCardMetadata> {
  const typed = license.trim();
  if (typed === '') {
    problems.add(
      'titlePage',
      'License',
      'fill in License so the card says how the model may be used.',
    );
    return {};
  }
  const id = typed.toLowerCase();
  if (hubLicenseIds.has(id)) return { license: id };
  const name = id.replace(/[^a-z0-9.+]+/gu, '-').replace(/^[^a-z0-9]+|-+$/gu, '');
  return name === '' ? { license: 'other' } : { license: 'other', license_name: name };
}

function languageEntries(language: string, problems: ProblemList): Partial<ModelCardMetadata> {
  const codes = language
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0) {
    problems.add(
      'problem',
      'Language',
      'fill in Language (ISO 639-1 codes such as en, separated by commas) so the Hub can list the model by language.',
    );
    return {};
  }
  for (const code of codes.filter((candidate) => !languageCode.test(candidate)))
    problems.add(
      'problem',
      'Language',
      `Language “${code}” is not an ISO 639-1 code such as en or de; it is left out of the card.`,
    );
  const valid = codes.filter((code) => languageCode.test(code));
  return valid.length === 0 ? {} : { language: valid };
}

function pipelineTagOf(hubTask: string, problems: ProblemList): HubPipelineTag | undefined {
  const typed = hubTask.trim();
  if (typed === '') {
    problems.add(
      'problem',
      'Hub task',
      'fill in Hub task (the pipeline tag, such as text-classification); without it the card has no pipeline tag and no results.',
    );
    return undefined;
  }
  if (isHubPipelineTag(typed)) return typed;
  problems.add(
    'problem',
    'Hub task',
    `Hub task “${typed}” is not one of the Hub’s pipeline tags; pick one of the suggestions, such as text-classification.`,
  );
  return undefined;
}

function baseModelOf(subject: ModelCardSubject, problems: ProblemList): string | undefined {
  const typed = subject.model?.baseModelHubId.trim() ?? '';
  if (subject.model === undefined) return undefined;
  if (typed === '') {
    problems.add(
      'models',
      'Base model on the Hub',
      `fill in Base model on the Hub for ${subject.modelName} (owner/name, such as meta-llama/Llama-3.1-8B).`,
    );
    return undefined;
  }
  if (hubRepositoryIdPattern.test(typed)) return typed;
  problems.add(
    'models',
    'Base model on the Hub',
    `Base model on the Hub for ${subject.modelName} should read owner/name; “${typed}” is left out of the card.`,
  );
  return undefined;
}

interface HubDataset {
  id: string;
  name: string;
  revision: string;
}

function hubDatasetsOf(subject: ModelCardSubject, problems: ProblemList): HubDataset[] {
  if (subject.model !== undefined && subject.datasets.length === 0)
    problems.add(
      'models',
      'Dataset',
      `the Dataset of ${subject.modelName} names no dataset listed in Experimental setup → Datasets; fill in Dataset with a Dataset name from there, or the card has no datasets and no results.`,
    );
  return subject.datasets.flatMap((dataset, index): HubDataset[] => {
    const name = dataset.name.trim() === '' ? `Dataset ${index + 1}` : dataset.name.trim();
    const id = hubDatasetId(dataset);
    if (id === '') {
      problems.add(
        'setup',
        'Dataset on the Hub',
        `fill in Dataset on the Hub for ${name} (owner/name, such as stanfordnlp/sst2); the card’s datasets and results need it.`,
      );
      return [];
    }
    if (!hubRepositoryIdPattern.test(id)) {
      problems.add(
        'setup',
        'Dataset on the Hub',
        `Dataset on the Hub for ${name} should read owner/name; “${id}” is left out of the card.`,
      );
      return [];
    }
    return [{ id, name, revision: dataset.revision.trim() }];
  });
}

/** A metric's id on the Hub: `Macro-F1` is `macro_f1`, as the evaluate library names metrics. */
function metricType(metric: Metric, index: number): string {
  const slug = metric.name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '');
  return slug === '' ? metricDisplayName(metric, index) : slug;
}

interface ModelIndexCandidates {
  results: ModelIndexResult[];
  /** Each result's value as typed, without its unit, in the order of `results`. */
  typedValues: string[];
}

function modelIndexResults(
  subject: ModelCardSubject,
  pipelineTag: string | undefined,
  datasets: readonly HubDataset[],
  problems: ProblemList,
): ModelIndexCandidates {
  const { report, model } = subject;
  const results: ModelIndexResult[] = [];
  const typedValues: string[] = [];
  if (model === undefined) return { results, typedValues };
  report.problem.metrics.forEach((metric, metricIndex) => {
    const metricName = metricDisplayName(metric, metricIndex);
    for (const split of splitsReported[metric.reportedOn]) {
      const result = report.results.metricResults.find(
        (candidate) =>
          candidate.modelId === model.id &&
          candidate.metricId === metric.id &&
          candidate.split === split,
      );
      if (result?.value === null || result === undefined) {
        problems.add(
          'results',
          'Value',
          `the metric ${metricName} has no ${split} value for ${subject.modelName}; fill in Value in the Metric table, or the result is left out of the card.`,
        );
        continue;
      }
      if (pipelineTag === undefined) continue;
      for (const dataset of datasets) {
        const candidate: ModelIndexResult = {
          task: { type: pipelineTag },
          dataset: {
            type: dataset.id,
            name: dataset.name,
            split,
            ...(dataset.revision === '' ? {} : { revision: dataset.revision }),
          },
          metrics: [
            { type: metricType(metric, metricIndex), value: result.value, name: metricName },
          ],
        };
        const checked = modelIndexResultSchema.safeParse(candidate);
        if (checked.success) {
          results.push(candidate);
          typedValues.push(
            describeTypedNumberWithoutUnit(
              report.typedNumbers[metricResultFieldPath(result.id, 'value')],
              result.value,
              metric.unit.trim(),
            ),
          );
        } else
          problems.add(
            'results',
            'Value',
            `the ${split} result of ${metricName} for ${subject.modelName} is left out of the card: ${checked.error.issues[0]?.message ?? 'it is incomplete'}.`,
          );
      }
    }
  });
  return { results, typedValues };
}

/** The metadata to write: each model-index value as the user typed it where YAML can say so. */
function frontMatterEntries(
  metadata: ModelCardMetadata,
  typedValues: readonly string[],
): Record<string, unknown> {
  const modelIndex = metadata['model-index'];
  if (modelIndex === undefined) return metadata;
  return {
    ...metadata,
    'model-index': modelIndex.map((entry) => ({
      ...entry,
      results: entry.results.map((result, resultIndex) => ({
        ...result,
        metrics: result.metrics.map((metric) =>
          typeof metric.value === 'number'
            ? { ...metric, value: yamlTypedNumber(metric.value, typedValues[resultIndex] ?? '') }
            : metric,
        ),
      })),
    })),
  };
}

export interface ModelCardMetadataResult {
  metadata: ModelCardMetadata;
  /** `metadata` for writeFrontMatter, with numbers that write as typed. */
  frontMatter: Record<string, unknown>;
  problems: ModelCardProblem[];
}

/**
 * The YAML metadata of a model card, checked against the Hub's spec: what the report lacks is left
 * out and named in `problems`, so the card never carries metadata the Hub would refuse.
 */
export function buildModelCardMetadata(subject: ModelCardSubject): ModelCardMetadataResult {
  const { report, model } = subject;
  const problems = new ProblemList();
  const pipelineTag = pipelineTagOf(report.problem.hubTask, problems);
  const baseModel = baseModelOf(subject, problems);
  const datasets = hubDatasetsOf(subject, problems);
  const { results, typedValues } = modelIndexResults(subject, pipelineTag, datasets, problems);
  const metricTypes = [
    ...new Set(report.problem.metrics.map((metric, index) => metricType(metric, index))),
  ];
  const methodTag = model === undefined ? undefined : methodTags[model.method];
  const candidate: ModelCardMetadata = {
    ...licenseEntries(report.titlePage.license, problems),
    ...languageEntries(report.problem.language, problems),
    library_name: model !== undefined && peftMethods.has(model.method) ? 'peft' : 'transformers',
    ...(baseModel === undefined ? {} : { base_model: baseModel }),
    tags: methodTag === undefined ? ['ml-report-studio'] : [methodTag, 'ml-report-studio'],
    ...(datasets.length === 0 ? {} : { datasets: [...new Set(datasets.map(({ id }) => id))] }),
    ...(metricTypes.length === 0 ? {} : { metrics: metricTypes }),
    ...(pipelineTag === undefined ? {} : { pipeline_tag: pipelineTag }),
    ...(model === undefined || results.length === 0
      ? {}
      : { 'model-index': [{ name: subject.modelName, results }] }),
  };
  const checked = modelCardMetadataSchema.safeParse(candidate);
  if (checked.success)
    return {
      metadata: checked.data,
      frontMatter: frontMatterEntries(checked.data, typedValues),
      problems: problems.problems,
    };
  // The checks above should leave nothing for the spec to refuse; whatever it still refuses is dropped.
  const refusedKeys = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(
    Object.entries(candidate).filter(([key]) => !refusedKeys.has(key)),
  ) as ModelCardMetadata;
  for (const key of refusedKeys)
    problems.add('titlePage', key, `the card leaves out ${key}, which the Hub would refuse.`);
  return {
    metadata: kept,
    frontMatter: frontMatterEntries(kept, refusedKeys.has('model-index') ? [] : typedValues),
    problems: problems.problems,
  };
}
