import type { FieldPath } from '@/model/fieldPath';
import type { ReportIssue } from '@/model/reportIssues';
import { useAnalysisSelector, useUiSliceSelector } from '@/context/AppContext';

/**
 * The first issue of a field, when it should show: wrong values once the field was left, missing
 * ones only after Check report or when Next issue points here, so a blank report is not all red
 * and a message never appears under the pointer of a user leaving an empty field. A field focused
 * for another reason (the first field of a card just added) shows nothing yet.
 */
export function useFieldIssue(path: FieldPath): ReportIssue | undefined {
  const showAll = useUiSliceSelector(
    ['showAllIssues', 'focusRequest'],
    (state) =>
      state.showAllIssues || (state.focusRequest?.path === path && state.focusRequest.revealIssue),
  );
  const touched = useUiSliceSelector(
    ['touchedPaths'],
    (state) => state.touchedPaths[path] === true,
  );
  const issue = useAnalysisSelector((state) => state.issuesByPath.get(path)?.[0]);
  if (issue === undefined) return undefined;
  if (showAll) return issue;
  return touched && (issue.severity === 'error' || issue.severity === 'warning')
    ? issue
    : undefined;
}
