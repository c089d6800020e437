import { checklistDerivations } from './checklistDerivations';
import type { FieldPath } from './fieldPath';
import { hasReportedResults } from './hasReportedResults';
import type { ChecklistEntry, Report } from './reportSchema';
import { reproducibilityChecklist, type ChecklistItemId } from './reproducibilityChecklist';
import type { SectionId } from './sectionRegistry';

/** What an author can answer. */
export type ChecklistAnswer = Exclude<ChecklistEntry['answer'], ''>;

/**
 * What the report's fields can answer: an author's answers, plus Partly when only some models give
 * the fields, or only prose mentions what the fields should hold.
 */
export type DerivableChecklistAnswer = ChecklistAnswer | 'partly';

export interface DerivedChecklistAnswer {
  answer: DerivableChecklistAnswer;
  /** The section a reader should look at for this answer. */
  sectionId: SectionId;
  /** The field the answer rests on, or the first one missing: where the pointer goes. */
  fieldPath: FieldPath;
  /** One sentence naming the fields (by their labels) that back the answer, or what is missing. */
  reason: string;
}

export type DerivedChecklistAnswers = { readonly [Id in ChecklistItemId]: DerivedChecklistAnswer };

/**
 * Answers every checklist item from the report's own fields, so they stay current as it changes.
 * A gap reads No once the report has results; before that, as in the NeurIPS checklist's guidance,
 * an item about experiments is N/A because there is no experiment yet. Partly stays Partly: it says
 * something was written that the fields do not back yet.
 */
export function deriveChecklistAnswers(report: Report): DerivedChecklistAnswers {
  const hasExperiments = hasReportedResults(report);
  const entries = reproducibilityChecklist.map(
    (item): [ChecklistItemId, DerivedChecklistAnswer] => {
      const { state, sectionId, fieldPath, reason } = checklistDerivations[item.id](report);
      switch (state) {
        case 'met':
          return [item.id, { answer: 'yes', sectionId, fieldPath, reason }];
        case 'partly':
          return [item.id, { answer: 'partly', sectionId, fieldPath, reason }];
        case 'not-applicable':
          return [item.id, { answer: 'not-applicable', sectionId, fieldPath, reason }];
        case 'gap':
          return [
            item.id,
            hasExperiments
              ? { answer: 'no', sectionId, fieldPath, reason }
              : {
                  answer: 'not-applicable',
                  sectionId: 'results',
                  fieldPath: 'results.metricResults',
                  reason: 'No results are reported yet, so there is no experiment to check.',
                },
          ];
      }
    },
  );
  return Object.fromEntries(entries) as DerivedChecklistAnswers;
}
