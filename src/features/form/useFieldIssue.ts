import type { FieldPath } from '@/model/fieldPath';
import type { ReportIssue } from '@/model/reportIssues';
import { useAnalysisSelector, useUiSelector } from '@/app/AppContext';

/** The first issue of a field, once the user touched it or asked to check the report. */
export function useFieldIssue(path: FieldPath): ReportIssue | undefined {
  const visible = useUiSelector(
    (state) => state.showAllIssues || state.touchedPaths[path] === true,
  );
  const issue = useAnalysisSelector((state) => state.issuesByPath.get(path)?.[0]);
  return visible ? issue : undefined;
}
