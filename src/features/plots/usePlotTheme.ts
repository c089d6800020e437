import { useSyncExternalStore } from 'react';
import type { PlotThemeName } from '@/plot/plotThemes';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function currentTheme(): PlotThemeName {
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** The plot theme matching the app's colours, which follow the system's light or dark setting. */
export function usePlotTheme(): PlotThemeName {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}
