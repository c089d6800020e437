import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import * as reportIssues from '@/model/reportIssues';
import { createAnalysisStore, type ReportAnalyzer } from '@/store/analysisStore';
import { createReportStore } from '@/store/reportStore';

function makeReportStore() {
  return createReportStore({
    now: () => 0,
    initialDocument: { report: createEmptyReport('report-1') },
  });
}

/** A loader the test releases (or fails) when it wants, as a slow network would. */
function controlledLoader() {
  const calls: { resolve: (analyzer: ReportAnalyzer) => void; reject: (error: Error) => void }[] =
    [];
  const load = (): Promise<ReportAnalyzer> =>
    new Promise((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

function expectedAnalysis(store: ReturnType<typeof makeReportStore>) {
  const { report } = store.getState().document;
  return reportIssues.analyzeReport(report, report.typedNumbers);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the analysis store', () => {
  it('claims nothing until the checking code has arrived, then the analysis of the report as it is', async () => {
    const reportStore = makeReportStore();
    const loader = controlledLoader();
    const analysis = createAnalysisStore(reportStore, loader.load);
    expect(analysis.getState().analysis).toBeUndefined();
    expect(analysis.getState().issuesByPath.size).toBe(0);

    // Typed before the code arrived: the first analysis already sees it.
    reportStore.getState().setFieldValue('titlePage.title', 'QLoRA on one GPU');
    const current = analysis.getState().current();
    loader.calls[0]?.resolve(reportIssues);

    expect(await current).toEqual(expectedAnalysis(reportStore));
    expect(analysis.getState().analysis).toEqual(expectedAnalysis(reportStore));
    expect(analysis.getState().analysis?.completeness).toBeGreaterThan(0);
    expect(analysis.getState().issuesByPath.size).toBeGreaterThan(0);
  });

  it('recomputes after a pause in typing, and at once for a caller that needs it now', async () => {
    vi.useFakeTimers();
    const reportStore = makeReportStore();
    const analysis = createAnalysisStore(reportStore, () => Promise.resolve(reportIssues), 250);
    await analysis.getState().current();
    const before = analysis.getState().analysis;

    reportStore.getState().setFieldValue('titlePage.title', 'Q');
    reportStore.getState().setFieldValue('titlePage.title', 'QL');
    expect(analysis.getState().analysis).toBe(before);
    vi.advanceTimersByTime(250);
    expect(analysis.getState().analysis).toEqual(expectedAnalysis(reportStore));

    reportStore.getState().setFieldValue('titlePage.title', 'QLoRA');
    expect(await analysis.getState().current()).toEqual(expectedAnalysis(reportStore));
  });

  it('waits while a field holds typed text, and at once for a caller that needs it now', async () => {
    vi.useFakeTimers();
    const reportStore = makeReportStore();
    let holding = true;
    const analysis = createAnalysisStore(
      reportStore,
      () => Promise.resolve(reportIssues),
      250,
      () => holding,
    );
    await analysis.getState().current();
    const before = analysis.getState().analysis;

    // A save took in what the field held; the typist goes on, so the field holds more.
    reportStore.getState().setFieldValue('titlePage.title', 'QLoRA on');
    vi.advanceTimersByTime(2000);
    expect(analysis.getState().analysis).toBe(before);
    // A caller that needs it now (a message shown on blur) does not wait.
    analysis.getState().refreshNow();
    const refreshed = analysis.getState().analysis;
    expect(refreshed).toEqual(expectedAnalysis(reportStore));

    reportStore.getState().setFieldValue('titlePage.title', 'QLoRA on one GPU');
    vi.advanceTimersByTime(1000);
    expect(analysis.getState().analysis).toBe(refreshed);
    // The field held text that came to nothing (typed, then deleted): the change before it is
    // still analyzed once nothing is held.
    holding = false;
    vi.advanceTimersByTime(250);
    expect(analysis.getState().analysis).toEqual(expectedAnalysis(reportStore));
  });

  it('tries the load again after it failed, when a change or a caller needs the analysis', async () => {
    const reportStore = makeReportStore();
    const loader = controlledLoader();
    const analysis = createAnalysisStore(reportStore, loader.load);
    loader.calls[0]?.reject(new Error('network gone'));
    await Promise.resolve();
    await Promise.resolve();
    expect(analysis.getState().analysis).toBeUndefined();

    reportStore.getState().setFieldValue('titlePage.title', 'Back online');
    expect(loader.calls).toHaveLength(2);
    loader.calls[1]?.resolve(reportIssues);
    expect(await analysis.getState().current()).toEqual(expectedAnalysis(reportStore));
    expect(loader.calls).toHaveLength(2);
  });
});
