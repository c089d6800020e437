import type { Report } from '@/model/reportSchema';
import { buildModelCardMetadata } from './buildModelCardMetadata';
import { createModelCardSubject } from './createModelCardSubject';
import type { ModelCardProblem } from './modelCardProblem';

const noModelProblem: ModelCardProblem = {
  sectionId: 'models',
  sectionTitle: 'Models and approach',
  fieldLabel: 'Add model',
  message: 'Models and approach: add a model (Add model); the card describes one model.',
};

/** What a model card for `modelId` would leave out, without writing the card. */
export function listModelCardProblems(
  report: Report,
  modelId: string | undefined,
): ModelCardProblem[] {
  const subject = createModelCardSubject(report, modelId);
  const { problems } = buildModelCardMetadata(subject);
  return subject.model === undefined ? [noModelProblem, ...problems] : problems;
}
