import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldPath } from '@/model/fieldPath';
import type {
  analyzeReport,
  createAnalysisCache,
  ReportAnalysis,
  ReportIssue,
} from '@/model/reportIssues';
import { hasPendingEdits } from './pendingEdits';
import type { ReportStore } from './reportStore';

/** The checking code, loaded after the first paint: typing does not wait for it. */
export interface ReportAnalyzer {
  analyzeReport: typeof analyzeReport;
  createAnalysisCache: typeof createAnalysisCache;
}

export interface AnalysisState {
  /** Undefined until the checking code has arrived, a moment after the page first shows. */
  analysis: ReportAnalysis | undefined;
  issuesByPath: ReadonlyMap<FieldPath, readonly ReportIssue[]>;
  /** Recomputes at once if a change is pending, so a message shown on blur is never stale. */
  refreshNow: () => void;
  /** The analysis of the report as it is now, once the checking code has arrived. */
  current: () => Promise<ReportAnalysis>;
}

export type AnalysisStore = StoreApi<AnalysisState>;

const noIssues: ReadonlyMap<FieldPath, readonly ReportIssue[]> = new Map();

function indexIssues(analysis: ReportAnalysis): ReadonlyMap<FieldPath, readonly ReportIssue[]> {
  const byPath = new Map<FieldPath, ReportIssue[]>();
  for (const issue of analysis.issues) {
    const list = byPath.get(issue.path);
    if (list === undefined) byPath.set(issue.path, [issue]);
    else list.push(issue);
  }
  return byPath;
}

export function loadReportAnalyzer(): Promise<ReportAnalyzer> {
  return import('@/model/reportIssues');
}

/**
 * Completeness and issues, recomputed after a short pause in typing rather than on every key. The
 * checking code loads on its own; until it arrives the analysis is undefined and shown as pending,
 * never guessed.
 *
 * A change that reaches the store while a field still holds typed text (a save takes it in every
 * few seconds of steady typing) is analyzed once no field holds any: the analysis of a whole
 * report is a task long enough to hold up the next key.
 */
export function createAnalysisStore(
  reportStore: ReportStore,
  loadAnalyzer: () => Promise<ReportAnalyzer> = loadReportAnalyzer,
  delayMilliseconds = 250,
  fieldsHoldText: () => boolean = hasPendingEdits,
): AnalysisStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let analyzeNow: (() => ReportAnalysis) | undefined;
  const publish = (analysis: ReportAnalysis): ReportAnalysis => {
    store.setState({ analysis, issuesByPath: indexIssues(analysis) });
    return analysis;
  };
  const recompute = (): void => {
    timer = undefined;
    if (analyzeNow !== undefined) publish(analyzeNow());
  };
  const recomputeOnceTypingPauses = (): void => {
    if (fieldsHoldText()) timer = setTimeout(recomputeOnceTypingPauses, delayMilliseconds);
    else recompute();
  };
  const load = (): Promise<() => ReportAnalysis> =>
    loadAnalyzer().then(({ analyzeReport, createAnalysisCache }) => {
      const cache = createAnalysisCache();
      const analyze = (): ReportAnalysis => {
        const { report } = reportStore.getState().document;
        return analyzeReport(report, report.typedNumbers, cache);
      };
      analyzeNow = analyze;
      clearTimeout(timer);
      recompute();
      return analyze;
    });
  let loading: Promise<() => ReportAnalysis> | undefined;
  // A failed load (the network gone for a moment) is tried again by the next change or caller.
  const ensureLoaded = (): Promise<() => ReportAnalysis> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  ensureLoaded().catch(() => undefined);
  const store: AnalysisStore = createStore<AnalysisState>()(() => ({
    analysis: undefined,
    issuesByPath: noIssues,
    refreshNow: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      recompute();
    },
    current: async () => {
      const analyze = await ensureLoaded();
      store.getState().refreshNow();
      return store.getState().analysis ?? publish(analyze());
    },
  }));
  reportStore.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    if (analyzeNow === undefined) {
      ensureLoaded().catch(() => undefined);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(recomputeOnceTypingPauses, delayMilliseconds);
  });
  return store;
}
