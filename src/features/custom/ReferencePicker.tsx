import { useShallow } from 'zustand/react/shallow';
import type { FieldPath } from '@/model/fieldPath';
import { useAppServices, useReportSelector } from '@/context/AppContext';

export function ReferencePicker({ path }: { path: FieldPath }) {
  const { session } = useAppServices();
  const references = useReportSelector(
    useShallow((state) =>
      state.document.report.appendix.references.map(
        (reference) => `${reference.id}\n${reference.title}`,
      ),
    ),
  );
  const selected = useReportSelector(
    (state) => state.document.report.background.relatedReferenceIds,
  );
  const toggle = (referenceId: string, checked: boolean): void => {
    session.store
      .getState()
      .setFieldValue(
        path,
        checked
          ? [...selected, referenceId]
          : selected.filter((existing) => existing !== referenceId),
        {},
      );
  };
  return (
    <fieldset className="field-group">
      <legend>Cited references</legend>
      <p className="field-help">
        Tick the references (listed in Appendix and references) that this background relies on.
      </p>
      {references.length === 0 ? (
        <p className="list-empty">No references yet: add them in Appendix and references.</p>
      ) : null}
      {references.map((entry) => {
        const [referenceId = '', title = ''] = entry.split('\n');
        return (
          <label key={referenceId} className="checkbox-label">
            <input
              type="checkbox"
              checked={selected.includes(referenceId)}
              onChange={(event) => toggle(referenceId, event.target.checked)}
            />
            {title === '' ? 'Untitled reference' : title}
          </label>
        );
      })}
    </fieldset>
  );
}
