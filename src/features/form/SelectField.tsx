import type { SelectFieldSpec } from '@/model/fieldSpec';
import type { FieldPath } from '@/model/fieldPath';
import { useTouchField } from './useTouchField';
import { useAppServices } from '@/context/AppContext';
import { useFieldValue } from './useFieldValue';
import { useReportId } from './useReportId';
import { useFieldControl } from './useFieldControl';
import { describedBy, FieldFrame } from './FieldFrame';
import { useFieldRequired } from './useFieldRequired';
import { useDraftText } from './useDraftText';

export function SelectField({ path, spec }: { path: FieldPath; spec: SelectFieldSpec<never> }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const value = useFieldValue(path);
  const { issue, controlId, elementRef } = useFieldControl<HTMLSelectElement>(path);
  const required = useFieldRequired(path, spec);
  const reportId = useReportId();
  // The choice is drawn first and the store follows in the next task: with 20 model cards, the
  // method's own fields and the derived tables took 3 ms of script and a layout before the
  // select itself showed the new choice.
  const chosen = typeof value === 'string' ? value : '';
  const { change, flush } = useDraftText(
    elementRef,
    chosen,
    (choice) => {
      if (session.store.getState().document.report.id !== reportId) return;
      session.store.getState().setFieldValue(path, choice, {});
    },
    { commitAfter: 'paint' },
  );
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
        defaultValue={chosen}
        aria-describedby={describedBy(controlId, issue)}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          flush();
          touchField(path);
        }}
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
