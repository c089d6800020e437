import { isFieldRequiredNow, type AnyFieldSpec } from '@/model/fieldSpec';
import { getValueAtPath, type FieldPath } from '@/model/fieldPath';
import { useReportScopeSelector } from '@/context/AppContext';
import { scopeOfPath } from '@/store/reportScopes';

/**
 * Whether the field shows its required mark: Epochs loses it once Max steps is given. Only fields
 * that can be satisfied another way read their owner, so the others never re-render for it.
 */
export function useFieldRequired(path: FieldPath, spec: AnyFieldSpec): boolean {
  const ownerPath = path.slice(0, Math.max(0, path.lastIndexOf('.')));
  return useReportScopeSelector(scopeOfPath(ownerPath === '' ? path : ownerPath), (report) =>
    spec.satisfiedWhen === undefined
      ? isFieldRequiredNow(spec, undefined)
      : isFieldRequiredNow(spec, getValueAtPath(report, ownerPath)),
  );
}
