import type { DerivableChecklistAnswer } from './deriveChecklistAnswers';

export const checklistAnswerLabels: { readonly [Answer in DerivableChecklistAnswer]: string } = {
  yes: 'Yes',
  partly: 'Partly — check the text',
  no: 'No',
  'not-applicable': 'N/A',
};
