import { useEffect, useMemo, useRef } from 'react';
import { useAnalysisSelector, useAppServices } from '@/context/AppContext';
import type { FieldPath } from '@/model/fieldPath';
import { groupIssuesBySection } from '@/model/groupIssuesBySection';
import { issuesToVisit } from '@/model/issuesToVisit';
import { describeIssueCount } from './describeIssueCount';
import { IssueList } from './IssueList';
import './issueNavigation.css';
import type { ReportIssue } from '@/model/reportIssues';

const noIssues: readonly ReportIssue[] = [];

/**
 * Every issue Next issue walks, grouped by section, each a way to its field. Not modal: the form
 * stays usable beside it, and the list follows as fields are fixed.
 */
export function CheckReportPanel({
  onClose,
  onGoToField,
}: {
  onClose: () => void;
  onGoToField: (path: FieldPath) => void;
}) {
  const { session } = useAppServices();
  // Opened once the analysis has arrived; the fallback only satisfies the type.
  const issues = useAnalysisSelector((state) => state.analysis?.issues) ?? noIssues;
  const visited = useMemo(() => issuesToVisit(issues), [issues]);
  // The report is read when the issues change; item titles in the list change with them.
  const groups = useMemo(
    () => groupIssuesBySection(session.store.getState().document.report, visited),
    [session, visited],
  );
  const panelRef = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const panel = panelRef.current;
    if (panel === null) return undefined;
    (
      panel.querySelector<HTMLElement>('.issue-link') ??
      panel.querySelector<HTMLElement>('.check-report-close')
    )?.focus();
    // Escape closes it from anywhere inside, as it would a modal dialog.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onCloseRef.current();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <section
      ref={panelRef}
      className="check-report"
      role="dialog"
      aria-labelledby="check-report-title"
      aria-describedby="check-report-count"
    >
      <div className="check-report-header">
        <h2 id="check-report-title">Check report</h2>
        <p id="check-report-count" className="check-report-count">
          {describeIssueCount(visited.length)}
        </p>
        <button type="button" className="toolbar-button check-report-close" onClick={onClose}>
          Close
        </button>
      </div>
      {groups.length === 0 ? null : (
        <div className="issue-groups">
          <IssueList groups={groups} idPrefix="check-report" onGoToField={onGoToField} />
        </div>
      )}
    </section>
  );
}
