import { checklistDerivations } from './checklistDerivations';
import { hasReportedResults } from './hasReportedResults';
import type { ChecklistEntry, Report } from './reportSchema';
import { reproducibilityChecklist, type ChecklistItemId } from './reproducibilityChecklist';
import type { SectionId } from './sectionRegistry';

export type ChecklistAnswer = Exclude<ChecklistEntry['answer'], ''>;

export interface DerivedChecklistAnswer {
  answer: ChecklistAnswer;
  /** The section a reader should look at for this answer. */
  sectionId: SectionId;
  reason: string;
}

export type DerivedChecklistAnswers = { readonly [Id in ChecklistItemId]: DerivedChecklistAnswer };

/**
 * Answers every checklist item from the report's own fields, so they stay current as it changes.
 * A gap reads No once the report has results; before that, as in the NeurIPS checklist's guidance,
 * an item about experiments is N/A because there is no experiment yet.
 */
export function deriveChecklistAnswers(report: Report): DerivedChecklistAnswers {
  const hasExperiments = hasReportedResults(report);
  const entries = reproducibilityChecklist.map(
    (item): [ChecklistItemId, DerivedChecklistAnswer] => {
      const evidence = checklistDerivations[item.id](report);
      switch (evidence.state) {
        case 'met':
          return [
            item.id,
            { answer: 'yes', sectionId: evidence.sectionId, reason: evidence.reason },
          ];
        case 'not-applicable':
          return [
            item.id,
            { answer: 'not-applicable', sectionId: evidence.sectionId, reason: evidence.reason },
          ];
        case 'gap':
          return [
            item.id,
            hasExperiments
              ? { answer: 'no', sectionId: evidence.sectionId, reason: evidence.reason }
              : {
                  answer: 'not-applicable',
                  sectionId: 'results',
                  reason: 'No results are reported yet, so there is no experiment to check.',
                },
          ];
      }
    },
  );
  return Object.fromEntries(entries) as DerivedChecklistAnswers;
}
