import { useShallow } from 'zustand/react/shallow';
import type { FieldPath } from '@/model/fieldPath';
import { modelDisplayName } from '@/model/modelSummary';
import { useTouchField } from '@/features/form/useTouchField';
import { useAppServices, useReportSelector } from '@/context/AppContext';
import { useFieldControl } from '@/features/form/useFieldControl';
import { describedBy, FieldFrame } from '@/features/form/FieldFrame';

export function BestModelField({ path }: { path: FieldPath }) {
  const { session } = useAppServices();
  const touchField = useTouchField();
  const models = useReportSelector(
    useShallow((state) =>
      state.document.report.models.models.map(
        (model, index) => `${model.id}\n${modelDisplayName(model, index)}`,
      ),
    ),
  );
  const value = useReportSelector((state) => state.document.report.conclusion.bestModelId);
  const { issue, controlId, elementRef } = useFieldControl<HTMLSelectElement>(path);
  return (
    <FieldFrame
      controlId={controlId}
      label="Best model"
      help="The model you recommend, picked from Models and approach."
      example={undefined}
      issue={issue}
      required
    >
      <select
        id={controlId}
        ref={elementRef}
        value={value}
        aria-describedby={describedBy(controlId, issue)}
        onChange={(event) => session.store.getState().setFieldValue(path, event.target.value, {})}
        onBlur={() => touchField(path)}
      >
        <option value="">Not chosen yet</option>
        {models.map((entry) => {
          const [modelId = '', name = ''] = entry.split('\n');
          return (
            <option key={modelId} value={modelId}>
              {name}
            </option>
          );
        })}
      </select>
    </FieldFrame>
  );
}
