// @vitest-environment happy-dom
import { act } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { AppContext } from '@/context/AppContext';
import MetricTableEditor from '@/features/plots/MetricTableEditor';
import { benchProfiles, createBenchReport } from '../../support/benchReports';
import { startTestServices } from '../support/startTestServices';

describe('the metric table', () => {
  it('makes the first models’ rows with the section and the others in a later render', async () => {
    const services = await startTestServices();
    const { session } = services;
    const { id: reportId } = session.store.getState().document.report;
    const large = createBenchReport(benchProfiles.large, 2, reportId);
    expect(session.store.getState().updateReport(() => large)).toBe(true);
    const container = document.createElement('div');
    const root = createRoot(container);
    const rowGroups = () => container.querySelectorAll('tbody.metric-model-rows');
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
