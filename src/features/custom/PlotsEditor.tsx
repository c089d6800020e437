import { useShallow } from 'zustand/react/shallow';
import { useAppServices, useReportSelector } from '@/app/AppContext';

/** Lists the stored plots; the renderer and the CSV column mapper come with the plots work. */
export function PlotsEditor() {
  const { session } = useAppServices();
  const plots = useReportSelector(
    useShallow((state) =>
      state.document.report.results.plots.map(
        (plot) =>
          `${plot.id}\n${plot.title}\n${plot.series.length}\n${plot.series.reduce((total, series) => total + series.points.length, 0)}`,
      ),
    ),
  );
  return (
    <div className="field-group">
      <h3 className="list-field-title">Plots</h3>
      <p className="field-help">
        Loss curves, metric curves and size-versus-performance plots, stored as data.
      </p>
      {plots.length === 0 ? <p className="list-empty">No plots yet.</p> : null}
      <ul className="plot-list">
        {plots.map((entry, index) => {
          const [plotId = '', title = '', seriesCount = '0', pointCount = '0'] = entry.split('\n');
          return (
            <li key={plotId} className="plot-list-item">
              <span>
                Figure {index + 1}: {title === '' ? 'Untitled plot' : title} — {seriesCount} series,{' '}
                {pointCount} points
              </span>
              <button
                type="button"
                className="quiet-button danger"
                onClick={() => session.store.getState().removeListItem('results.plots', plotId)}
                aria-label={`Remove figure ${index + 1}`}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
