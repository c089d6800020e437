import type { FieldPath } from '@/model/fieldPath';
import { useAppServices } from '@/context/AppContext';

/** Marks a field touched (its messages show from now on) against an up-to-date analysis. */
export function useTouchField(): (path: FieldPath) => void {
  const { ui, analysis } = useAppServices();
  return (path) => {
    analysis.getState().refreshNow();
    ui.getState().markTouched(path);
  };
}
