import { useState } from 'react';
import type { TextFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { useTouchField } from './useTouchField';
import { useAppServices } from '@/context/AppContext';
import { useFieldValue } from './useFieldValue';
import { useReportId } from './useReportId';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldRequired } from './useFieldRequired';
import { useDraftText } from './useDraftText';

function rowsFor(text: string): number {
  return Math.min(8, Math.max(2, text.split('\n').length + 1));
}

const inputTypes = {
  text: 'text',
  date: 'text',
  email: 'email',
  url: 'url',
  longText: 'text',
} as const;

export function TextField({ path, spec }: { path: FieldPath; spec: TextFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const value = useFieldValue(path);
  const reportId = useReportId();
  const { issue, controlId, elementRef } = useFieldControl<HTMLInputElement & HTMLTextAreaElement>(
    path,
  );
  const text = typeof value === 'string' ? value : '';
  // A long text grows with its lines as they are typed; the same count renders nothing.
  const [heldRows, setHeldRows] = useState<number | undefined>(undefined);
  // Held until a pause, in the control: a key re-renders nothing here, and the derived tables and
  // the field subscribers of a large report follow at the pause, once.
  const { change, flush } = useDraftText(elementRef, text, (typed, { typedMillisecondsAgo }) => {
    setHeldRows(undefined);
    // Text left in a field when another report opens belongs to the report it was typed in.
    if (session.store.getState().document.report.id !== reportId) return;
    session.store
      .getState()
      .setFieldValue(path, typed, { coalesceKey: path, typedMillisecondsAgo });
  });
  const required = useFieldRequired(path, spec);
  const common = {
    id: controlId,
    ref: elementRef,
    defaultValue: text,
    placeholder: spec.placeholder ?? spec.example,
    'aria-describedby': describedBy(controlId, issue),
    'aria-invalid': issue?.severity === 'error' ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      if (spec.kind === 'longText') setHeldRows(rowsFor(event.target.value));
      change(event.target.value);
    },
    onBlur: () => {
      flush();
      touchField(path);
    },
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
      {spec.kind === 'longText' ? (
        <textarea {...common} rows={heldRows ?? rowsFor(text)} />
      ) : (
        <input
          {...common}
          type={inputTypes[spec.kind]}
          inputMode={spec.kind === 'date' ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={spec.kind === 'text'}
        />
      )}
      {spec.suggestions === undefined ? null : (
        // Buttons, not a datalist: a native suggestion popup swallows the next click elsewhere.
        <div className="suggestions">
          {spec.suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="suggestion"
              aria-label={`Use “${suggestion}” for ${spec.label}`}
              aria-pressed={text === suggestion}
              onClick={() => session.store.getState().setFieldValue(path, suggestion, {})}
            >
              {suggestion}
            </button>
          ))}
        </div>
      )}
    </FieldFrame>
  );
}
