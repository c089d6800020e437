import type { ChecklistAnswer } from './deriveChecklistAnswers';

export const checklistAnswerLabels: { readonly [Answer in ChecklistAnswer]: string } = {
  yes: 'Yes',
  no: 'No',
  'not-applicable': 'N/A',
};
