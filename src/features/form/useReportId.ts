import { useReportScopeSelector } from '@/context/AppContext';
import { reportIdScope } from '@/store/reportScopes';

/** The id of the report on screen; held text is committed only to the report it was typed in. */
export function useReportId(): string {
  return useReportScopeSelector(reportIdScope, (report) => report.id);
}
