import { lazy, Suspense } from 'react';

// The checklist's questions and the rules that answer them load with the report's analysis.
const ChecklistEditor = lazy(() => import('./ChecklistEditor'));

/** The reproducibility checklist of the Appendix, loaded when the section is first shown. */
export function ChecklistField() {
  return (
    <Suspense fallback={<ChecklistPending message="Loading the checklist…" />}>
      <ChecklistEditor />
    </Suspense>
  );
}

export function ChecklistPending({ message }: { message: string }) {
  return (
    <fieldset className="field-group" aria-busy="true">
      <legend>Reproducibility checklist</legend>
      <p className="field-help">{message}</p>
    </fieldset>
  );
}
