import type { SectionId } from '@/model/sectionRegistry';

/**
 * Something a model card needs that the report does not give, and was left out of the card: where
 * to fill it in (the section and the field label the user sees) and a sentence saying what.
 */
export interface ModelCardProblem {
  sectionId: SectionId;
  sectionTitle: string;
  fieldLabel: string;
  /** `Results and analysis: the metric Accuracy has no test value for Model A; …`. */
  message: string;
}
