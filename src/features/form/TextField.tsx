import { useRef } from 'react';
import type { TextFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { getValueAtPath } from '@/model/fieldPath';
import { useAppServices, useReportSelector } from '@/app/AppContext';
import { describedBy, FieldFrame } from './FieldFrame';
import { fieldElementId } from './fieldElementId';
import { useFieldIssue } from './useFieldIssue';
import { useFocusRequest } from './useFocusRequest';

const inputTypes = {
  text: 'text',
  date: 'text',
  email: 'email',
  url: 'url',
  longText: 'text',
} as const;

export function TextField({ path, spec }: { path: FieldPath; spec: TextFieldSpec<never> }) {
  const { session, ui } = useAppServices();
  const value = useReportSelector((state) => getValueAtPath(state.document.report, path));
  const issue = useFieldIssue(path);
  const controlId = fieldElementId(path);
  const elementRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusRequest(path, elementRef);
  const text = typeof value === 'string' ? value : '';
  const common = {
    id: controlId,
    ref: elementRef,
    value: text,
    placeholder: spec.placeholder ?? spec.example,
    'aria-describedby': describedBy(controlId, issue),
    'aria-invalid': issue?.severity === 'error' ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      session.store.getState().setFieldValue(path, event.target.value);
    },
    onBlur: () => ui.getState().markTouched(path),
  };
  const listId = spec.suggestions === undefined ? undefined : `${controlId}-suggestions`;
  return (
    <FieldFrame
      controlId={controlId}
      label={spec.label}
      help={spec.help}
      example={spec.example}
      issue={issue}
      required={spec.importance === 'required'}
    >
      {spec.kind === 'longText' ? (
        <textarea {...common} rows={Math.min(8, Math.max(2, text.split('\n').length + 1))} />
      ) : (
        <input
          {...common}
          type={inputTypes[spec.kind]}
          list={listId}
          inputMode={spec.kind === 'date' ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={spec.kind === 'text'}
        />
      )}
      {listId === undefined ? null : (
        <datalist id={listId}>
          {spec.suggestions?.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </FieldFrame>
  );
}
