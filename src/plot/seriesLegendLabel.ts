import type { PlotSeries } from '@/model/reportSchema';

/** The label a series shows in legends and next to points; numbered when the user left it blank. */
export function seriesLegendLabel(series: PlotSeries, index: number): string {
  const label = series.label.trim();
  return label === '' ? `Series ${index + 1}` : label;
}
