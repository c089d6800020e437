import type { FieldPath } from '@/model/fieldPath';
import { useReportScopeSelector } from '@/context/AppContext';
import { scopeOfTypedNumber } from '@/store/reportScopes';

/** The text a number field was typed as, re-read only when that entry changes. */
export function useTypedNumber(path: FieldPath): string | undefined {
  return useReportScopeSelector(scopeOfTypedNumber(path), (report) => report.typedNumbers[path]);
}
