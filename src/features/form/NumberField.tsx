import { useState } from 'react';
import type { NumberFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { applyNumberInput } from '@/model/applyNumberInput';
import { describeRefusedNumberInput } from '@/model/describeRefusedNumberInput';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { useTouchField } from './useTouchField';
import { useAppServices } from '@/context/AppContext';
import { useFieldValue } from './useFieldValue';
import { useReportId } from './useReportId';
import { useTypedNumber } from './useTypedNumber';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldRequired } from './useFieldRequired';
import { useDraftText } from './useDraftText';

function refusalId(controlId: string): string {
  return `${controlId}-refused`;
}

/** A text box, not type=number: it takes 2e-4 or 1,024 and shows them back as typed. */
export function NumberField({ path, spec }: { path: FieldPath; spec: NumberFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const typed = useTypedNumber(path);
  const value = useFieldValue(path);
  const { issue, controlId, elementRef } = useFieldControl<HTMLInputElement>(path);
  const required = useFieldRequired(path, spec);
  // Text the field did not take is said at once, here, instead of vanishing or failing a later load.
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const reportId = useReportId();
  const shown = describeTypedNumber(typed, typeof value === 'number' ? value : null, spec.unit);
  // Held until a pause, as in TextField: the derived tables and settings side by side follow then.
  const { change, flush, refuse } = useDraftText(
    elementRef,
    shown,
    (text, { typedMillisecondsAgo }) => {
      // Text left in a field when another report opens belongs to the report it was typed in.
      if (session.store.getState().document.report.id !== reportId) return;
      const taken = session.store
        .getState()
        .updateReport((report) => applyNumberInput(report, path, text), {
          coalesceKey: path,
          typedMillisecondsAgo,
        });
      if (!taken) setRefusal(`${spec.label} could not take this text; it keeps what it held.`);
    },
  );
  const take = (text: string) => {
    const refused = describeRefusedNumberInput(spec.label, text);
    setRefusal(refused);
    if (refused === undefined) change(text);
    else refuse();
  };
  return (
    <FieldFrame
      controlId={controlId}
      label={spec.label}
      help={spec.help}
      example={spec.example}
      issue={issue}
      required={required}
    >
      <input
        id={controlId}
        ref={elementRef}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        className="number-input"
        defaultValue={shown}
        placeholder={spec.example}
        aria-describedby={
          refusal === undefined
            ? describedBy(controlId, issue)
            : `${refusalId(controlId)} ${describedBy(controlId, issue)}`
        }
        aria-invalid={issue?.severity === 'error' || refusal !== undefined ? true : undefined}
        onChange={(event) => take(event.target.value)}
        onBlur={() => {
          flush();
          touchField(path);
        }}
      />
      {refusal === undefined ? null : (
        <p className="field-issue field-issue--error" id={refusalId(controlId)} role="alert">
          {refusal}
        </p>
      )}
    </FieldFrame>
  );
}
