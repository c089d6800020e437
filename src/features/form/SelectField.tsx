import type { SelectFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { useTouchField } from './useTouchField';
import { useAppServices } from '@/context/AppContext';
import { useFieldValue } from './useFieldValue';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldRequired } from './useFieldRequired';

export function SelectField({ path, spec }: { path: FieldPath; spec: SelectFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const value = useFieldValue(path);
  const { issue, controlId, elementRef } = useFieldControl<HTMLSelectElement>(path);
  const required = useFieldRequired(path, spec);
  return (
    <FieldFrame
      controlId={controlId}
      label={spec.label}
      help={spec.help}
      example={spec.example}
      issue={issue}
      required={required}
    >
      <select
        id={controlId}
        ref={elementRef}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={describedBy(controlId, issue)}
        onChange={(event) => session.store.getState().setFieldValue(path, event.target.value, {})}
        onBlur={() => touchField(path)}
      >
        {spec.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
