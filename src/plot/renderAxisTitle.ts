import { fitTextToWidth } from './fitTextToWidth';
import type { PlotFrame, PlotRenderContext } from './plotRenderContext';
import { svgText } from './svgText';

/**
 * An axis title centred on the frame: under it for the horizontal axis (baseline at `offset`),
 * rotated beside it for the vertical one (baseline at x = `offset`).
 */
export function renderAxisTitle(
  context: PlotRenderContext,
  title: string,
  frame: PlotFrame,
  orientation: 'horizontal' | 'vertical',
  offset: number,
): string {
  const { axisTitleSize } = context.typography;
  const length = orientation === 'horizontal' ? frame.right - frame.left : frame.bottom - frame.top;
  const line = fitTextToWidth(title, Math.max(length, axisTitleSize * 3), axisTitleSize, 1)[0];
  if (line === undefined) return '';
  if (orientation === 'horizontal') {
    return svgText(line, {
      x: (frame.left + frame.right) / 2,
      y: offset,
      'text-anchor': 'middle',
      'font-size': axisTitleSize,
      fill: context.theme.text,
    });
  }
  const middle = (frame.top + frame.bottom) / 2;
  return svgText(line, {
    x: offset,
    y: middle,
    transform: `rotate(-90 ${Math.round(offset * 100) / 100} ${Math.round(middle * 100) / 100})`,
    'text-anchor': 'middle',
    'font-size': axisTitleSize,
    fill: context.theme.text,
  });
}
