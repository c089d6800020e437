import { memo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { checklistAnswerLabels } from '@/model/checklistAnswerLabels';
import { describeIssueLocation } from '@/model/describeIssueLocation';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { joinFieldPath, type FieldPath } from '@/model/fieldPath';
import { checklistAnswers, type ChecklistEntry, type Report } from '@/model/reportSchema';
import type { DerivedChecklistAnswer } from '@/model/deriveChecklistAnswers';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import { useAnalysisSelector, useAppServices, useReportSelector } from '@/context/AppContext';
import { describedBy, FieldFrame } from '@/features/form/FieldFrame';
import { fieldElementId } from '@/features/form/fieldElementId';
import { useFieldIssue } from '@/features/form/useFieldIssue';
import { useFocusRequest } from '@/features/form/useFocusRequest';
import { useTouchField } from '@/features/form/useTouchField';
import { useGoToField } from '@/features/shell/useGoToField';
import { ChecklistPending } from './ChecklistField';
import './checklistEditor.css';

/** "Models and approach › Model A › Measured cost › Training time (hours)": where a pointer goes. */
function describeFieldPointer(report: Report, path: FieldPath): string {
  const fieldLabel = fieldSpecAtPath(path)?.label;
  return [
    ...describeIssueLocation(report, path),
    ...(fieldLabel === undefined ? [] : [fieldLabel]),
  ].join(' › ');
}

const ChecklistRow = memo(function ChecklistRow({
  item,
  index,
}: {
  item: (typeof reproducibilityChecklist)[number];
  index: number;
}) {
  // Shallow: an analysis that leaves this answer as it was leaves the row alone.
  const derived = useAnalysisSelector(
    useShallow((state) => {
      const entry = state.analysis?.checklist[item.id];
      return entry === undefined
        ? undefined
        : { answer: entry.answer, fieldPath: entry.fieldPath, reason: entry.reason };
    }),
  );
  if (derived === undefined) return null;
  return <ChecklistRowWithAnswer item={item} index={index} derived={derived} />;
});

function ChecklistRowWithAnswer({
  item,
  index,
  derived,
}: {
  item: (typeof reproducibilityChecklist)[number];
  index: number;
  derived: Pick<DerivedChecklistAnswer, 'answer' | 'fieldPath' | 'reason'>;
}) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const goToField = useGoToField();
  const entry = useReportSelector((state) => state.document.report.appendix.checklist[item.id]);
  const { answer: derivedAnswer, fieldPath: derivedFieldPath, reason: derivedReason } = derived;
  const pointer = useReportSelector((state) =>
    describeFieldPointer(state.document.report, derivedFieldPath),
  );
  const justificationPath = joinFieldPath('appendix', 'checklist', item.id, 'justification');
  const issue = useFieldIssue(justificationPath);
  const justificationRef = useRef<HTMLInputElement>(null);
  useFocusRequest(justificationPath, justificationRef);

  const override = entry === undefined || entry.answer === '' ? undefined : entry.answer;
  const answer = override ?? derivedAnswer;
  const justification = entry?.justification ?? '';
  const disagrees = override !== undefined && override !== derivedAnswer;

  const store = session.store.getState();
  const setEntry = (next: ChecklistEntry, coalesceKey?: string): void => {
    store.updateReport(
      (report) => ({
        ...report,
        appendix: {
          ...report.appendix,
          checklist: { ...report.appendix.checklist, [item.id]: next },
        },
      }),
      coalesceKey === undefined ? {} : { coalesceKey },
    );
  };
  const resetToDerived = (): void => {
    store.updateReport((report) => {
      const { [item.id]: _removed, ...rest } = report.appendix.checklist;
      return { ...report, appendix: { ...report.appendix, checklist: rest } };
    });
  };

  const questionId = `checklist-${item.id}`;
  const statusId = `${questionId}-status`;
  const controlId = fieldElementId(justificationPath);
  return (
    <li className="checklist-item">
      <p id={questionId} className="checklist-question">
        <span className="checklist-number">{index + 1}.</span> {item.question}{' '}
        <span className="checklist-source">({item.source})</span>
      </p>
      <div
        className="checklist-answers"
        role="radiogroup"
        aria-labelledby={questionId}
        aria-describedby={statusId}
      >
        {checklistAnswers.map((option) => (
          <label key={option} className="checkbox-label">
            <input
              type="radio"
              name={questionId}
              value={option}
              checked={answer === option}
              onChange={() => setEntry({ answer: option, justification })}
            />
            {checklistAnswerLabels[option]}
          </label>
        ))}
      </div>
      <p id={statusId} className="checklist-status">
        {override === undefined ? 'Derived from the report: ' : 'Your answer; the report suggests '}
        <strong>{checklistAnswerLabels[derivedAnswer]}</strong>.{' '}
        <button
          type="button"
          className="checklist-pointer"
          aria-label={`Go to ${pointer}`}
          onClick={() => goToField(derivedFieldPath)}
        >
          {pointer}
        </button>
        : {derivedReason}
        {override === undefined ? null : (
          <>
            {' '}
            <button type="button" className="checklist-pointer" onClick={resetToDerived}>
              Use the derived answer
            </button>
          </>
        )}
      </p>
      {override === undefined && justification === '' ? null : (
        <div className="checklist-override">
          <FieldFrame
            controlId={controlId}
            label="Justification"
            help={
              disagrees
                ? 'Why your answer differs from what the report shows.'
                : 'Where a reader finds the answer, or why it holds.'
            }
            example={undefined}
            issue={issue}
            required={disagrees}
          >
            <input
              id={controlId}
              ref={justificationRef}
              type="text"
              value={justification}
              placeholder="e.g. The checkpoints stay inside the company; see Limitations"
              aria-describedby={describedBy(controlId, issue)}
              onChange={(event) =>
                setEntry(
                  { answer: override ?? '', justification: event.target.value },
                  justificationPath,
                )
              }
              onBlur={() => touchField(justificationPath)}
            />
          </FieldFrame>
        </div>
      )}
    </li>
  );
}

/** The checklist's answers come from the report's analysis: shown once it has arrived. */
export default function ChecklistEditor() {
  const analyzed = useAnalysisSelector((state) => state.analysis !== undefined);
  if (!analyzed) return <ChecklistPending message="Checking what the report answers…" />;
  return (
    <fieldset className="field-group">
      <legend>Reproducibility checklist</legend>
      <p className="field-help">
        Each answer is derived from what the report says and follows it as you write. Choose another
        answer to override it, and say why when you disagree with the report.
      </p>
      <ol className="checklist">
        {reproducibilityChecklist.map((item, index) => (
          <ChecklistRow key={item.id} item={item} index={index} />
        ))}
      </ol>
    </fieldset>
  );
}
