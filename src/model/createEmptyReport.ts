import {
  authorSchema,
  currentSchemaVersion,
  datasetSchema,
  metricSchema,
  modelSchema,
  referenceSchema,
  reportSchema,
  type Author,
  type Dataset,
  type Metric,
  type Model,
  type Reference,
  type Report,
} from './reportSchema';

/** Every field at its schema default: the report a user starts from. */
export function createEmptyReport(reportId: string): Report {
  return reportSchema.parse({ schemaVersion: currentSchemaVersion, id: reportId });
}

export function createEmptyModel(modelId: string): Model {
  return modelSchema.parse({ id: modelId });
}

export function createEmptyAuthor(authorId: string): Author {
  return authorSchema.parse({ id: authorId });
}

export function createEmptyMetric(metricId: string): Metric {
  return metricSchema.parse({ id: metricId });
}

export function createEmptyDataset(datasetId: string): Dataset {
  return datasetSchema.parse({ id: datasetId });
}

export function createEmptyReference(referenceId: string): Reference {
  return referenceSchema.parse({ id: referenceId });
}
