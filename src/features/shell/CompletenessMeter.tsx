import { useRef } from 'react';
import { useAnalysisSelector, useAppServices } from '@/app/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { sectionIdOfPath } from '@/model/fieldPath';
import { isSectionId } from '@/model/sectionRegistry';

export function CompletenessMeter() {
  const { ui, analysis } = useAppServices();
  const completeness = useAnalysisSelector((state) => state.analysis.completeness);
  const openIssueCount = useAnalysisSelector(
    (state) =>
      state.analysis.issues.filter(
        (issue) => issue.severity === 'missing' || issue.severity === 'error',
      ).length,
  );
  const lastPath = useRef<string | undefined>(undefined);

  const goToNextIssue = (): void => {
    flushPendingEdits();
    const issues = analysis
      .getState()
      .analysis.issues.filter(
        (issue) => issue.severity === 'missing' || issue.severity === 'error',
      );
    if (issues.length === 0) return;
    const paths = [...new Set(issues.map((issue) => issue.path))];
    const index = lastPath.current === undefined ? -1 : paths.indexOf(lastPath.current);
    const next = paths[(index + 1) % paths.length];
    if (next === undefined) return;
    lastPath.current = next;
    const sectionId = sectionIdOfPath(next);
    if (isSectionId(sectionId)) ui.getState().openSection(sectionId);
    ui.getState().markTouched(next);
    ui.getState().requestFocus(next);
  };

  return (
    <div className="completeness">
      <div className="completeness-meter">
        <span className="completeness-label" id="completeness-label">
          Report completeness
        </span>
        <div
          className="completeness-bar"
          role="progressbar"
          aria-labelledby="completeness-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={completeness}
          aria-valuetext={`${completeness} %`}
        >
          <div className="completeness-fill" style={{ width: `${completeness}%` }} />
        </div>
        <span className="completeness-value" aria-hidden="true">
          {completeness} %
        </span>
      </div>
      <button
        type="button"
        className="toolbar-button"
        onClick={goToNextIssue}
        disabled={openIssueCount === 0}
      >
        Next issue
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => ui.getState().showAllIssuesNow()}
      >
        Check report
      </button>
    </div>
  );
}
