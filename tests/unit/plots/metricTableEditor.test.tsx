// @vitest-environment happy-dom
import { act } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { AppContext } from '@/context/AppContext';
import MetricTableEditor from '@/features/plots/MetricTableEditor';
import { startReportSession } from '@/session/reportSession';
import { createAnalysisStore } from '@/store/analysisStore';
import { createUiStore } from '@/store/uiStore';
import { benchProfiles, createBenchReport } from '../../support/benchReports';
import { createMemoryReportDatabase } from '../support/memoryReportDatabase';

describe('the metric table', () => {
  it('makes the first models’ rows with the section and the others in a later render', async () => {
    const ui = createUiStore();
    let id = 0;
    const session = await startReportSession({
      database: createMemoryReportDatabase(),
      ui,
      createId: () => `id-${(id += 1)}`,
      clock: () => new Date('2026-12-05T12:00:00.000Z'),
    });
    const { id: reportId } = session.store.getState().document.report;
    const large = createBenchReport(benchProfiles.large, 2, reportId);
    expect(session.store.getState().updateReport(() => large)).toBe(true);
    const container = document.createElement('div');
    const root = createRoot(container);
    const rowGroups = () => container.querySelectorAll('tbody.metric-model-rows');
    const services = { session, ui, analysis: createAnalysisStore(session.store) };
    flushSync(() =>
      root.render(
        <AppContext.Provider value={services}>
          <MetricTableEditor />
        </AppContext.Provider>,
      ),
    );
    expect(large.models.models).toHaveLength(20);
    expect(rowGroups()).toHaveLength(6);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect([...rowGroups()].map((group) => group.querySelector('th')?.textContent)).toEqual(
      large.models.models.map((model) => model.name),
    );
    act(() => root.unmount());
  });
});
