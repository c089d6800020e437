import { useMemo } from 'react';
import type { Model } from '@/model/reportSchema';
import { useAppServices, useReportSelector } from '@/context/AppContext';

/**
 * The report's models for drawing plots. Only their ids and order shape a plot (a model keeps its
 * colour and marker in every figure), so typing in a model card does not redraw the figures.
 */
export function usePlotModels(): readonly Model[] {
  const { session } = useAppServices();
  const modelIds = useReportSelector((state) =>
    state.document.report.models.models.map((model) => model.id).join('\n'),
  );
  return useMemo(
    () => session.store.getState().document.report.models.models,
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- re-read exactly when the ids change
    [modelIds, session],
  );
}
