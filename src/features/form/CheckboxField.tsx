import { useRef } from 'react';
import type { CheckboxFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { useAppServices } from '@/context/AppContext';
import { useFieldValue } from './useFieldValue';
import { fieldElementId } from './fieldElementId';
import { helpId } from './FieldFrame';
import { useFocusRequest } from './useFocusRequest';

export function CheckboxField({ path, spec }: { path: FieldPath; spec: CheckboxFieldSpec<never> }) {
  const { session } = useAppServices();
  const checked = useFieldValue(path) === true;
  const controlId = fieldElementId(path);
  const elementRef = useRef<HTMLInputElement>(null);
  useFocusRequest(path, elementRef);
  return (
    <div className="field field--checkbox">
      <label className="checkbox-label" htmlFor={controlId}>
        <input
          id={controlId}
          ref={elementRef}
          type="checkbox"
          checked={checked}
          aria-describedby={helpId(controlId)}
          onChange={(event) =>
            session.store.getState().setFieldValue(path, event.target.checked, {})
          }
        />
        {spec.label}
      </label>
      <p className="field-help" id={helpId(controlId)}>
        {spec.help}
      </p>
    </div>
  );
}
