import { useRef, useState } from 'react';
import { useAnalysisSelector, useAppServices } from '@/app/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { describeIssueLocation } from '@/model/describeIssueLocation';
import type { FieldPath } from '@/model/fieldPath';
import { isOpenIssue } from '@/model/isOpenIssue';
import { useGoToField } from './useGoToField';
import './issueNavigation.css';

interface Cursor {
  path: FieldPath;
  index: number;
}

function describeCount(count: number): string {
  if (count === 0) return 'No issues: nothing required is missing or wrong.';
  return count === 1 ? '1 issue to look at.' : `${count} issues to look at.`;
}

export function CompletenessMeter() {
  const { ui, analysis, session } = useAppServices();
  const goToField = useGoToField();
  const completeness = useAnalysisSelector((state) => state.analysis.completeness);
  const openIssueCount = useAnalysisSelector(
    (state) => state.analysis.issues.filter(isOpenIssue).length,
  );
  const cursor = useRef<Cursor | undefined>(undefined);
  // After Check report the count stays live; after Next issue, the issue gone to.
  const [announcement, setAnnouncement] = useState<
    { kind: 'count' } | { kind: 'issue'; text: string } | undefined
  >(undefined);

  const currentIssues = () => {
    flushPendingEdits();
    analysis.getState().refreshNow();
    return analysis.getState().analysis.issues.filter(isOpenIssue);
  };

  const step = (direction: 1 | -1): void => {
    const issues = currentIssues();
    const paths = [...new Set(issues.map((issue) => issue.path))];
    if (paths.length === 0) {
      setAnnouncement({ kind: 'count' });
      return;
    }
    const last = cursor.current;
    const foundAt = last === undefined ? -1 : paths.indexOf(last.path);
    let index: number;
    if (last === undefined) index = direction === 1 ? 0 : paths.length - 1;
    else if (foundAt !== -1) index = foundAt + direction;
    // The issue we were on is fixed: the one after it has moved into its place.
    else index = direction === 1 ? last.index : last.index - 1;
    index = ((index % paths.length) + paths.length) % paths.length;
    const path = paths[index];
    const issue = issues.find((candidate) => candidate.path === path);
    if (path === undefined || issue === undefined) return;
    cursor.current = { path, index };
    const where = describeIssueLocation(session.store.getState().document.report, path);
    setAnnouncement({
      kind: 'issue',
      text: `Issue ${index + 1} of ${paths.length} · ${where.join(' › ')}: ${issue.message}`,
    });
    goToField(path);
  };

  const checkReport = (): void => {
    currentIssues();
    setAnnouncement({ kind: 'count' });
    ui.getState().showAllIssuesNow();
  };

  const shownAnnouncement =
    announcement === undefined
      ? ''
      : announcement.kind === 'count' || openIssueCount === 0
        ? describeCount(openIssueCount)
        : announcement.text;

  return (
    <div className="completeness">
      <p className="issue-announcement" role="status">
        {shownAnnouncement}
      </p>
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
        onClick={() => step(-1)}
        disabled={openIssueCount === 0}
      >
        Previous issue
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => step(1)}
        disabled={openIssueCount === 0}
      >
        Next issue
      </button>
      <button type="button" className="toolbar-button" onClick={checkReport}>
        Check report
      </button>
    </div>
  );
}
