import { createEmptyRichText } from './richText';
import {
  currentSchemaVersion,
  type Author,
  type Dataset,
  type Metric,
  type Model,
  type Reference,
  type Report,
} from './reportSchema';

export function createEmptyReport(reportId: string): Report {
  return {
    schemaVersion: currentSchemaVersion,
    id: reportId,
    titlePage: {
      title: '',
      subtitle: '',
      authors: [],
      date: '',
      version: '',
      changeNote: '',
      organization: '',
      project: '',
      license: '',
      status: 'draft',
    },
    abstract: { summary: createEmptyRichText() },
    background: {
      currentLimitations: createEmptyRichText(),
      whyFineTuning: createEmptyRichText(),
      relatedWork: createEmptyRichText(),
      relatedReferenceIds: [],
      motivation: createEmptyRichText(),
    },
    problem: {
      taskType: 'classification',
      taskTypeOther: '',
      inputFormat: '',
      outputFormat: '',
      inputOutputExample: '',
      metrics: [],
      computeBudget: '',
      timeBudget: '',
      dataPrivacy: '',
      otherConstraints: '',
    },
    models: { overview: createEmptyRichText(), models: [] },
    setup: {
      gpuType: '',
      gpuCount: null,
      cpu: '',
      memory: '',
      framework: '',
      frameworkVersion: '',
      cudaVersion: '',
      operatingSystem: '',
      libraryVersions: [],
      datasets: [],
      seeds: '',
      numberOfRuns: null,
      lockfile: '',
      commitHash: '',
      containerImage: '',
      determinism: '',
      loggingTools: [],
    },
    results: {
      metricResults: [],
      plots: [],
      tradeoffs: createEmptyRichText(),
      unexpectedResults: createEmptyRichText(),
      analysis: createEmptyRichText(),
    },
    conclusion: {
      bestModelId: '',
      bestModelReason: createEmptyRichText(),
      limitations: createEmptyRichText(),
      futureWork: createEmptyRichText(),
    },
    appendix: {
      additionalLogs: createEmptyRichText(),
      repositoryUrl: '',
      commit: '',
      configFiles: '',
      codeLinks: [],
      references: [],
      checklist: {},
    },
    typedNumbers: {},
  };
}

export function createEmptyModel(modelId: string): Model {
  return {
    id: modelId,
    name: '',
    architecture: '',
    parameterCount: '',
    trainableParameters: '',
    method: 'lora',
    methodOther: '',
    lora: { rank: null, alpha: null, dropout: null, targetModules: '' },
    quantization: { bits: null, type: 'nf4', doubleQuantization: false, computeDtype: '' },
    adapter: { size: null, placement: '' },
    promptTuning: { virtualTokens: null },
    dataset: '',
    hyperparameters: {
      batchSize: null,
      gradientAccumulation: null,
      epochs: null,
      maxSteps: null,
      learningRate: null,
      scheduler: '',
      warmup: '',
      optimizer: '',
      weightDecay: null,
      precision: '',
      maxSequenceLength: null,
    },
    selection: { searchBounds: '', numberOfRuns: null, selectionCriterion: '' },
    motivation: createEmptyRichText(),
    assumptions: createEmptyRichText(),
  };
}

export function createEmptyAuthor(authorId: string): Author {
  return { id: authorId, name: '', affiliation: '', email: '', role: '' };
}

export function createEmptyMetric(metricId: string): Metric {
  return {
    id: metricId,
    name: '',
    definition: '',
    higherIsBetter: true,
    primary: false,
    implementation: '',
  };
}

export function createEmptyDataset(datasetId: string): Dataset {
  return {
    id: datasetId,
    name: '',
    source: '',
    revision: '',
    license: '',
    trainSize: null,
    validationSize: null,
    testSize: null,
    preprocessing: '',
  };
}

export function createEmptyReference(referenceId: string): Reference {
  return { id: referenceId, title: '', authors: '', year: null, venue: '', link: '', bibtex: '' };
}

/** Empty items for every list in the report, keyed by the list's field name. */
export const listItemFactories: Readonly<Record<string, (itemId: string) => { id: string }>> = {
  authors: createEmptyAuthor,
  metrics: createEmptyMetric,
  models: createEmptyModel,
  libraryVersions: (itemId) => ({ id: itemId, name: '', version: '' }),
  datasets: createEmptyDataset,
  loggingTools: (itemId) => ({ id: itemId, tool: '', runLink: '' }),
  codeLinks: (itemId) => ({ id: itemId, label: '', url: '' }),
  references: createEmptyReference,
};
