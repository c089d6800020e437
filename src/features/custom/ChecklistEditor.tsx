import { memo } from 'react';
import { checklistAnswers } from '@/model/reportSchema';
import { reproducibilityChecklist, type ChecklistItem } from '@/model/reproducibilityChecklist';
import { useAppServices, useReportSelector } from '@/app/AppContext';

const answerLabels: Record<(typeof checklistAnswers)[number], string> = {
  yes: 'Yes',
  no: 'No',
  'not-applicable': 'N/A',
};

const ChecklistRow = memo(function ChecklistRow({
  item,
  index,
}: {
  item: ChecklistItem;
  index: number;
}) {
  const { session } = useAppServices();
  const entry = useReportSelector((state) => state.document.report.appendix.checklist[item.id]);
  const answer = entry?.answer ?? '';
  const justification = entry?.justification ?? '';
  const update = (
    next: { answer?: typeof answer; justification?: string },
    coalesceKey?: string,
  ): void => {
    session.store.getState().updateReport(
      (report) => ({
        ...report,
        appendix: {
          ...report.appendix,
          checklist: {
            ...report.appendix.checklist,
            [item.id]: { answer, justification, ...next },
          },
        },
      }),
      coalesceKey === undefined ? {} : { coalesceKey },
    );
  };
  const questionId = `checklist-${item.id}`;
  return (
    <li className="checklist-item">
      <p id={questionId} className="checklist-question">
        <span className="checklist-number">{index + 1}.</span> {item.question}{' '}
        <span className="checklist-source">({item.source})</span>
      </p>
      <div className="checklist-answers" role="radiogroup" aria-labelledby={questionId}>
        {checklistAnswers.map((option) => (
          <label key={option} className="checkbox-label">
            <input
              type="radio"
              name={questionId}
              value={option}
              checked={answer === option}
              onChange={() => update({ answer: option })}
            />
            {answerLabels[option]}
          </label>
        ))}
      </div>
      <label className="field-label" htmlFor={`${questionId}-justification`}>
        Where or why
      </label>
      <input
        id={`${questionId}-justification`}
        type="text"
        value={justification}
        placeholder="Section pointer or reason, e.g. See Experimental setup"
        onChange={(event) =>
          update({ justification: event.target.value }, `${questionId}-justification`)
        }
      />
    </li>
  );
});

export function ChecklistEditor() {
  return (
    <fieldset className="field-group">
      <legend>Reproducibility checklist</legend>
      <p className="field-help">
        Answer each item Yes, No or N/A, with a pointer to the section or a reason.
      </p>
      <ol className="checklist">
        {reproducibilityChecklist.map((item, index) => (
          <ChecklistRow key={item.id} item={item} index={index} />
        ))}
      </ol>
    </fieldset>
  );
}
