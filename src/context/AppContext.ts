import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ReportSession } from '@/session/reportSession';
import type { AnalysisState, AnalysisStore } from '@/store/analysisStore';
import type { ReportStoreActions, ReportStoreState } from '@/store/reportStore';
import type { UiActions, UiState, UiStore } from '@/store/uiStore';

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

export function useUiSelector<Selected>(
  selector: (state: UiState & UiActions) => Selected,
): Selected {
  return useStore(useAppServices().ui, selector);
}

export function useAnalysisSelector<Selected>(
  selector: (state: AnalysisState) => Selected,
): Selected {
  return useStore(useAppServices().analysis, selector);
}
