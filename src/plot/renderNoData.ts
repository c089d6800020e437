import type { PlotRenderContext } from './plotRenderContext';
import { svgText } from './svgText';

/** A quiet message in place of axes when a plot has nothing to draw yet. */
export function renderNoData(context: PlotRenderContext, top: number): string {
  const { typography, theme, width, height } = context;
  return svgText('No data to plot yet', {
    x: width / 2,
    y: (top + height) / 2,
    'text-anchor': 'middle',
    'font-size': typography.axisTitleSize,
    fill: theme.mutedText,
  });
}
