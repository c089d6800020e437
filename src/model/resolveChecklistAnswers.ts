import {
  deriveChecklistAnswers,
  type DerivableChecklistAnswer,
  type DerivedChecklistAnswer,
} from './deriveChecklistAnswers';
import type { Report } from './reportSchema';
import { reproducibilityChecklist, type ChecklistItem } from './reproducibilityChecklist';

export interface ResolvedChecklistAnswer {
  item: ChecklistItem;
  derived: DerivedChecklistAnswer;
  /** The author's answer when they gave one, else the derived one (which may be Partly). */
  answer: DerivableChecklistAnswer;
  origin: 'derived' | 'author';
  /** The author's words for this item, if any. */
  justification: string;
}

/** Every checklist item with the answer an export shows: the author's override or the derived one. */
export function resolveChecklistAnswers(report: Report): ResolvedChecklistAnswer[] {
  const derivedAnswers = deriveChecklistAnswers(report);
  return reproducibilityChecklist.map((item) => {
    const derived = derivedAnswers[item.id];
    const entry = report.appendix.checklist[item.id];
    const override = entry === undefined || entry.answer === '' ? undefined : entry.answer;
    return {
      item,
      derived,
      answer: override ?? derived.answer,
      origin: override === undefined ? 'derived' : 'author',
      justification: entry?.justification.trim() ?? '',
    };
  });
}
