import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { ReportSession } from '@/session/reportSession';
import type { AnalysisState, AnalysisStore } from '@/store/analysisStore';
import type { ReportStoreActions, ReportStoreState } from '@/store/reportStore';
import type { UiActions, UiState, UiStore } from '@/store/uiStore';
import type { Report } from '@/model/reportSchema';
import { reportScopesOf, type ReportScope } from '@/store/reportScopes';
import { uiSlicesOf, type UiSlice } from '@/store/uiSlices';

export interface AppServices {
  session: ReportSession;
  ui: UiStore;
  analysis: AnalysisStore;
}

export const AppContext = createContext<AppServices | undefined>(undefined);

export function useAppServices(): AppServices {
  const services = useContext(AppContext);
  if (services === undefined) throw new Error('useAppServices needs an AppContext provider');
  return services;
}

export function useReportSelector<Selected>(
  selector: (state: ReportStoreState & ReportStoreActions) => Selected,
): Selected {
  return useStore(useAppServices().session.store, selector);
}

/**
 * Reads the report like useReportSelector, but re-checks only when `scope` changed: the field
 * components of a large report use this, so an edit in one model card leaves the others alone.
 */
export function useReportScopeSelector<Selected>(
  scope: ReportScope,
  selector: (report: Report) => Selected,
): Selected {
  const { store } = useAppServices().session;
  const { key, read } = scope;
  const subscribe = useCallback(
    (listener: () => void) => reportScopesOf(store).subscribe({ key, read }, listener),
    // The key names what `read` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, key],
  );
  return useSyncExternalStore(subscribe, () => selector(store.getState().document.report));
}

export function useUiSelector<Selected>(
  selector: (state: UiState & UiActions) => Selected,
): Selected {
  return useStore(useAppServices().ui, selector);
}

/**
 * Reads the screen's state like useUiSelector, but re-checks only when one of `slices` changed:
 * the fields of a large report use this, so a change of the save state or a notice leaves them
 * alone.
 */
export function useUiSliceSelector<Selected>(
  slices: readonly UiSlice[],
  selector: (state: UiState) => Selected,
): Selected {
  const { ui } = useAppServices();
  const key = slices.join(' ');
  const subscribe = useCallback(
    (listener: () => void) => uiSlicesOf(ui).subscribe(slices, listener),
    // The key names the slices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ui, key],
  );
  return useSyncExternalStore(subscribe, () => selector(ui.getState()));
}

export function useAnalysisSelector<Selected>(
  selector: (state: AnalysisState) => Selected,
): Selected {
  return useStore(useAppServices().analysis, selector);
}
