import { checklistAnswerLabels } from '../checklistAnswerLabels';
import { deriveChecklistAnswers } from '../deriveChecklistAnswers';
import { joinFieldPath } from '../fieldPath';
import type { Report } from '../reportSchema';
import type { ReportIssue } from '../reportIssue';
import { reproducibilityChecklist } from '../reproducibilityChecklist';
import { createRuleWarning } from './createRuleWarning';

/** An answer that contradicts what the report shows needs the author's reason. */
export function checklistJustificationRule(report: Report): ReportIssue[] {
  const derived = deriveChecklistAnswers(report);
  return reproducibilityChecklist.flatMap((item, index) => {
    const entry = report.appendix.checklist[item.id];
    if (entry === undefined || entry.answer === '') return [];
    const suggested = derived[item.id].answer;
    if (entry.answer === suggested || entry.justification.trim() !== '') return [];
    return [
      createRuleWarning(
        joinFieldPath('appendix', 'checklist', item.id, 'justification'),
        'Justification',
        `Item ${index + 1}: you answer ${checklistAnswerLabels[entry.answer]} where the report suggests ${checklistAnswerLabels[suggested]}; say why`,
      ),
    ];
  });
}
