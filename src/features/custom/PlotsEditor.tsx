import { lazy, Suspense } from 'react';

// The plot renderer, d3 and the CSV reader stay out of the first load: they come with this panel.
const PlotsPanel = lazy(() => import('@/features/plots/PlotsPanel'));

/** The Results section's plots, loaded when the section is first shown. */
export function PlotsEditor() {
  return (
    <Suspense
      fallback={
        <div className="plots-panel" aria-busy="true">
          <h3 className="list-field-title">Plots</h3>
          <p className="field-help">Loading the plots…</p>
        </div>
      }
    >
      <PlotsPanel />
    </Suspense>
  );
}
