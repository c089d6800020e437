import { getValueAtPath, type FieldPath } from '@/model/fieldPath';
import { useReportScopeSelector } from '@/context/AppContext';
import { scopeOfPath } from '@/store/reportScopes';

/** The stored value at `path`, re-read only when its section or list item changes. */
export function useFieldValue(path: FieldPath): unknown {
  return useReportScopeSelector(scopeOfPath(path), (report) => getValueAtPath(report, path));
}
