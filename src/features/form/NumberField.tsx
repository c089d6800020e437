import type { NumberFieldSpec } from '@/model/fieldSpec';
import { getValueAtPath, type FieldPath } from '@/model/fieldPath';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { useTouchField } from './useTouchField';
import { useAppServices, useReportSelector } from '@/app/AppContext';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';

/** A text box, not type=number: it takes 2e-4 or 1,024 and shows them back as typed. */
export function NumberField({ path, spec }: { path: FieldPath; spec: NumberFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const typed = useReportSelector((state) => state.document.report.typedNumbers[path]);
  const value = useReportSelector((state) => getValueAtPath(state.document.report, path));
  const { issue, controlId, elementRef } = useFieldControl<HTMLInputElement>(path);
  const shown = describeTypedNumber(typed, typeof value === 'number' ? value : null);
  return (
    <FieldFrame
      controlId={controlId}
      label={spec.label}
      help={spec.help}
      example={spec.example}
      issue={issue}
      required={spec.importance === 'required'}
    >
      <input
        id={controlId}
        ref={elementRef}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="number-input"
        value={shown}
        placeholder={spec.example}
        aria-describedby={describedBy(controlId, issue)}
        aria-invalid={issue?.severity === 'error' ? true : undefined}
        onChange={(event) => session.store.getState().setNumberInput(path, event.target.value)}
        onBlur={() => touchField(path)}
      />
    </FieldFrame>
  );
}
