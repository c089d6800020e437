import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldPath } from '@/model/fieldPath';
import {
  analyzeReport,
  createAnalysisCache,
  type ReportAnalysis,
  type ReportIssue,
} from '@/model/reportIssues';
import type { ReportStore } from './reportStore';

export interface AnalysisState {
  analysis: ReportAnalysis;
  issuesByPath: ReadonlyMap<FieldPath, readonly ReportIssue[]>;
  /** Recomputes at once if a change is pending, so a message shown on blur is never stale. */
  refreshNow: () => void;
}

export type AnalysisStore = StoreApi<AnalysisState>;

function indexIssues(analysis: ReportAnalysis): ReadonlyMap<FieldPath, readonly ReportIssue[]> {
  const byPath = new Map<FieldPath, ReportIssue[]>();
  for (const issue of analysis.issues) {
    const list = byPath.get(issue.path);
    if (list === undefined) byPath.set(issue.path, [issue]);
    else list.push(issue);
  }
  return byPath;
}

/** Completeness and issues, recomputed after a short pause in typing rather than on every key. */
export function createAnalysisStore(
  reportStore: ReportStore,
  delayMilliseconds = 250,
): AnalysisStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cache = createAnalysisCache();
  const compute = (): Pick<AnalysisState, 'analysis' | 'issuesByPath'> => {
    const { report } = reportStore.getState().document;
    const analysis = analyzeReport(report, report.typedNumbers, cache);
    return { analysis, issuesByPath: indexIssues(analysis) };
  };
  const store = createStore<AnalysisState>()(() => ({
    ...compute(),
    refreshNow: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      store.setState(compute());
    },
  }));
  reportStore.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      store.setState(compute());
    }, delayMilliseconds);
  });
  return store;
}
