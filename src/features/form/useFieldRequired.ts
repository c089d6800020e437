import { isFieldRequiredNow, type AnyFieldSpec } from '@/model/fieldSpec';
import { getValueAtPath, type FieldPath } from '@/model/fieldPath';
import { useReportSelector } from '@/context/AppContext';

/**
 * Whether the field shows its required mark: Epochs loses it once Max steps is given. Only fields
 * that can be satisfied another way read their owner, so the others never re-render for it.
 */
export function useFieldRequired(path: FieldPath, spec: AnyFieldSpec): boolean {
  return useReportSelector((state) => {
    if (spec.satisfiedWhen === undefined) return isFieldRequiredNow(spec, undefined);
    const ownerPath = path.slice(0, Math.max(0, path.lastIndexOf('.')));
    return isFieldRequiredNow(spec, getValueAtPath(state.document.report, ownerPath));
  });
}
