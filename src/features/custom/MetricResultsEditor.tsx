import { lazy, Suspense } from 'react';

// Best-value marks and result texts come from the plot core, which loads on demand.
const MetricTableEditor = lazy(() => import('@/features/plots/MetricTableEditor'));

/** The model × metric table of the Results section, loaded when the section is first shown. */
export function MetricResultsEditor() {
  return (
    <Suspense
      fallback={
        <div className="field-group" aria-busy="true">
          <h3 className="list-field-title">Metric table</h3>
          <p className="field-help">Loading the metric table…</p>
        </div>
      }
    >
      <MetricTableEditor />
    </Suspense>
  );
}
