import { useRef, useState } from 'react';
import { useAnalysisSelector, useAppServices } from '@/context/AppContext';
import { flushPendingEdits } from '@/store/pendingEdits';
import { describeIssueLocation } from '@/model/describeIssueLocation';
import type { FieldPath } from '@/model/fieldPath';
import { issuesToVisit } from '@/model/issuesToVisit';
import { CheckReportPanel } from './CheckReportPanel';
import { describeIssueCount } from './describeIssueCount';
import { useGoToField } from './useGoToField';
import './issueNavigation.css';

interface Cursor {
  path: FieldPath;
  index: number;
}

export function CompletenessMeter() {
  const { ui, analysis, session } = useAppServices();
  const goToField = useGoToField();
  const completeness = useAnalysisSelector((state) => state.analysis?.completeness);
  const issueCount = useAnalysisSelector((state) =>
    state.analysis === undefined ? undefined : issuesToVisit(state.analysis.issues).length,
  );
  const cursor = useRef<Cursor | undefined>(undefined);
  const checkReportButton = useRef<HTMLButtonElement>(null);
  const [listOpen, setListOpen] = useState(false);
  // After Check report the count stays live; after Next issue, the field gone to, until it is fixed.
  const [announcement, setAnnouncement] = useState<
    { kind: 'count' } | { kind: 'issue'; path: FieldPath } | { kind: 'unchecked' } | undefined
  >(undefined);
  const announcedPath = announcement?.kind === 'issue' ? announcement.path : undefined;
  // Recomputed with every analysis, so a fixed field's message never stays in the status.
  const issueText = useAnalysisSelector((state) => {
    if (announcedPath === undefined || state.analysis === undefined) return undefined;
    const visited = issuesToVisit(state.analysis.issues);
    const index = visited.findIndex((issue) => issue.path === announcedPath);
    const issue = visited[index];
    if (issue === undefined) return undefined;
    const where = describeIssueLocation(session.store.getState().document.report, announcedPath);
    return `Issue ${index + 1} of ${visited.length} · ${where.join(' › ')}: ${issue.message}`;
  });

  const currentIssues = async () => {
    flushPendingEdits();
    return issuesToVisit((await analysis.getState().current()).issues);
  };

  const step = async (direction: 1 | -1): Promise<void> => {
    const paths = (await currentIssues()).map((issue) => issue.path);
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
    if (path === undefined) return;
    cursor.current = { path, index };
    setAnnouncement({ kind: 'issue', path });
    goToField(path);
  };

  const checkReport = async (): Promise<void> => {
    let count: number;
    try {
      count = (await currentIssues()).length;
    } catch {
      // The checks' code could not load: say so instead of doing nothing.
      setAnnouncement({ kind: 'unchecked' });
      return;
    }
    setAnnouncement({ kind: 'count' });
    ui.getState().showAllIssuesNow();
    setListOpen(count > 0);
  };

  const closeList = (): void => {
    setListOpen(false);
    checkReportButton.current?.focus();
  };

  const shownAnnouncement =
    announcement?.kind === 'unchecked'
      ? 'The report could not be checked: its checks did not load. Try again.'
      : announcement === undefined || issueCount === undefined
        ? ''
        : (issueText ?? describeIssueCount(issueCount));

  return (
    <>
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
            aria-valuetext={completeness === undefined ? 'Checking' : `${completeness} %`}
            aria-busy={completeness === undefined}
          >
            <div className="completeness-fill" style={{ width: `${completeness ?? 0}%` }} />
          </div>
          <span className="completeness-value" aria-hidden="true">
            {completeness === undefined ? '…' : `${completeness} %`}
          </span>
        </div>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void step(-1)}
          disabled={issueCount === undefined || issueCount === 0}
        >
          Previous issue
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void step(1)}
          disabled={issueCount === undefined || issueCount === 0}
        >
          Next issue
        </button>
        <button
          ref={checkReportButton}
          type="button"
          className="toolbar-button"
          onClick={() => void checkReport()}
        >
          Check report
        </button>
      </div>
      {listOpen ? (
        <CheckReportPanel
          onClose={closeList}
          onGoToField={(path) => {
            setListOpen(false);
            goToField(path);
          }}
        />
      ) : null}
    </>
  );
}
