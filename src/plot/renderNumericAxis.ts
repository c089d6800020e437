import type { NumericAxis } from './planNumericAxis';
import type { PlotFrame, PlotRenderContext } from './plotRenderContext';
import { svgElement } from './svgElement';
import { svgGroup } from './svgGroup';
import { svgText } from './svgText';

/** An axis line on the frame's bottom or left edge with outward ticks, labels and optional grid lines. */
export function renderNumericAxis(
  context: PlotRenderContext,
  axis: NumericAxis,
  frame: PlotFrame,
  orientation: 'horizontal' | 'vertical',
  withGrid: boolean,
): { grid: string; axis: string } {
  const { theme, typography } = context;
  const { tickLength, tickSize, scale } = typography;
  const axisWidth = Math.max(scale, 1);
  const grid: string[] = [];
  const parts: string[] = [];
  axis.ticks.forEach((tick, index) => {
    const position = axis.scale(tick);
    const label = axis.labels[index] ?? '';
    if (orientation === 'horizontal') {
      if (withGrid)
        grid.push(
          svgElement('line', { x1: position, y1: frame.top, x2: position, y2: frame.bottom }),
        );
      parts.push(
        svgElement('line', {
          x1: position,
          y1: frame.bottom,
          x2: position,
          y2: frame.bottom + tickLength,
        }),
        svgText(label, {
          x: position,
          y: frame.bottom + tickLength + tickSize * 1.05,
          'text-anchor': 'middle',
          stroke: 'none',
          fill: theme.text,
        }),
      );
    } else {
      if (withGrid)
        grid.push(
          svgElement('line', { x1: frame.left, y1: position, x2: frame.right, y2: position }),
        );
      parts.push(
        svgElement('line', {
          x1: frame.left - tickLength,
          y1: position,
          x2: frame.left,
          y2: position,
        }),
        svgText(label, {
          x: frame.left - tickLength - tickSize * 0.4,
          y: position + tickSize * 0.35,
          'text-anchor': 'end',
          stroke: 'none',
          fill: theme.text,
        }),
      );
    }
  });
  const line =
    orientation === 'horizontal'
      ? svgElement('line', { x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom })
      : svgElement('line', { x1: frame.left, y1: frame.top, x2: frame.left, y2: frame.bottom });
  return {
    grid: svgGroup({ stroke: theme.grid, 'stroke-width': axisWidth }, grid),
    axis: svgGroup(
      {
        stroke: theme.axis,
        'stroke-width': axisWidth,
        'stroke-linecap': 'square',
        'font-size': tickSize,
      },
      [...parts, line],
    ),
  };
}
