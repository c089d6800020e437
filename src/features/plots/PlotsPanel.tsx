import { lazy, Suspense, useState } from 'react';
import type { Plot, Report } from '@/model/reportSchema';
import { buildMetricBarPlot } from '@/plot/buildMetricBarPlot';
import { buildSizeVersusPerformancePlot } from '@/plot/buildSizeVersusPerformancePlot';
import { createId } from '@/platform/createId';
import { useAppServices, useReportSelector } from '@/context/AppContext';
import { PlotCard } from './PlotCard';
import { plotFieldPath } from './plotFieldPath';

const CsvPlotDialog = lazy(() => import('./CsvPlotDialog'));

type PlotBuilder = (report: Report, ids: { plotId: string }) => { plot: Plot; problems: string[] };

interface AddOutcome {
  message: string;
  problems: readonly string[];
}

/** The Results section's figures: each plot drawn with its caption and settings, and ways to add more. */
export default function PlotsPanel() {
  const { session, ui } = useAppServices();
  const plotIds = useReportSelector((state) =>
    state.document.report.results.plots.map((plot) => plot.id).join('\n'),
  );
  const ids = plotIds === '' ? [] : plotIds.split('\n');
  const [outcome, setOutcome] = useState<AddOutcome | undefined>(undefined);
  const [csvDialogOpen, setCsvDialogOpen] = useState(false);

  const addPlot = (plot: Plot, problems: readonly string[]): void => {
    const store = session.store.getState();
    const number = store.document.report.results.plots.length + 1;
    if (!store.addListItem('results.plots', plot)) {
      setOutcome({
        message: 'The plot could not be added: a report holds at most 100 plots.',
        problems: [],
      });
      return;
    }
    setOutcome({ message: `Added figure ${number}: ${plot.title}.`, problems });
    ui.getState().requestFocus(plotFieldPath(plot.id, 'title'));
  };

  const addDerived = (build: PlotBuilder): void => {
    const report = session.store.getState().document.report;
    const { plot, problems } = build(report, { plotId: createId() });
    if (plot.series.length === 0) {
      setOutcome({ message: 'No plot was added: no model has the values it needs.', problems });
      return;
    }
    // A derived plot keeps no points or metric unit of its own: they come from the table every time.
    addPlot({ ...plot, series: [], yUnit: '' }, problems);
  };

  return (
    <div className="plots-panel" role="group" aria-labelledby="plots-heading">
      <h3 className="list-field-title" id="plots-heading">
        Plots
      </h3>
      <p className="field-help">
        Loss curves, metric curves and trade-off plots, stored as data and drawn the same in the
        app, the preview and every export. Each is numbered as a figure with its caption.
      </p>
      {ids.length === 0 ? <p className="list-empty">No plots yet.</p> : null}
      <ol className="plot-cards">
        {ids.map((plotId, index) => (
          <PlotCard key={plotId} plotId={plotId} index={index} count={ids.length} />
        ))}
      </ol>
      <div className="plot-add-actions">
        <button
          type="button"
          className="add-button"
          onClick={() => addDerived(buildSizeVersusPerformancePlot)}
        >
          Add size vs performance plot
        </button>
        <button type="button" className="add-button" onClick={() => addDerived(buildMetricBarPlot)}>
          Add metric bar plot
        </button>
        <button type="button" className="add-button" onClick={() => setCsvDialogOpen(true)}>
          Add plot from CSV
        </button>
      </div>
      <div className="plot-outcome" role="status">
        {outcome === undefined ? null : (
          <>
            <p>{outcome.message}</p>
            {outcome.problems.length === 0 ? null : (
              <ul className="plot-problems">
                {outcome.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {csvDialogOpen ? (
        <Suspense fallback={null}>
          <CsvPlotDialog
            onAdd={(plot, problems) => {
              setCsvDialogOpen(false);
              addPlot(plot, problems);
            }}
            onClose={() => setCsvDialogOpen(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
