import type { TextFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { getValueAtPath } from '@/model/fieldPath';
import { useTouchField } from './useTouchField';
import { useAppServices, useReportSelector } from '@/context/AppContext';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldRequired } from './useFieldRequired';

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
  const value = useReportSelector((state) => getValueAtPath(state.document.report, path));
  const { issue, controlId, elementRef } = useFieldControl<HTMLInputElement & HTMLTextAreaElement>(
    path,
  );
  const required = useFieldRequired(path, spec);
  const text = typeof value === 'string' ? value : '';
  const common = {
    id: controlId,
    ref: elementRef,
    value: text,
    placeholder: spec.placeholder ?? spec.example,
    'aria-describedby': describedBy(controlId, issue),
    'aria-invalid': issue?.severity === 'error' ? true : undefined,
    onChange: (event: { target: { value: string }; timeStamp: number }) => {
      session.store.getState().setFieldValue(path, event.target.value, {
        coalesceKey: path,
        typedMillisecondsAgo: performance.now() - event.timeStamp,
      });
    },
    onBlur: () => touchField(path),
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
        <textarea {...common} rows={Math.min(8, Math.max(2, text.split('\n').length + 1))} />
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
