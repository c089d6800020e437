import type { Report } from './reportSchema';
import { abstractSection } from './sections/abstract';
import { appendixSection } from './sections/appendix';
import { backgroundSection } from './sections/background';
import { conclusionSection } from './sections/conclusion';
import { modelsSection } from './sections/models';
import { problemSection } from './sections/problem';
import { resultsSection } from './sections/results';
import type { SectionDefinition } from './sections/sectionDefinition';
import { setupSection } from './sections/setup';
import { titlePageSection } from './sections/titlePage';

export { fineTuningMethodOptions } from './sections/models';
export { taskTypeOptions } from './sections/problem';
export { reportStatusOptions } from './sections/titlePage';

export const sectionIds = [
  'titlePage',
  'abstract',
  'background',
  'problem',
  'models',
  'setup',
  'results',
  'conclusion',
  'appendix',
] as const;
export type SectionId = (typeof sectionIds)[number];
export type SectionValue<Id extends SectionId> = Report[Id];

const sectionsById: { readonly [Id in SectionId]: SectionDefinition<Id, Report[Id]> } = {
  titlePage: titlePageSection,
  abstract: abstractSection,
  background: backgroundSection,
  problem: problemSection,
  models: modelsSection,
  setup: setupSection,
  results: resultsSection,
  conclusion: conclusionSection,
  appendix: appendixSection,
};

/** The nine sections in report order; every consumer iterates over this. */
export const sectionRegistry = sectionIds.map((sectionId) => sectionsById[sectionId]);

export type AnySectionDefinition = (typeof sectionRegistry)[number];

export function getSectionDefinition(sectionId: SectionId): AnySectionDefinition {
  return sectionsById[sectionId];
}

export function isSectionId(value: string): value is SectionId {
  return (sectionIds as readonly string[]).includes(value);
}
