import type { SeriesStyle } from './assignSeriesStyles';
import type { SvgAttributeValue } from './svgElement';

/** Stroke of a series' line: its colour, width and dash pattern scaled to the width. */
export function seriesStrokeAttributes(
  style: SeriesStyle,
  lineWidth: number,
): Record<string, SvgAttributeValue> {
  return {
    fill: 'none',
    stroke: style.colour,
    'stroke-width': lineWidth,
    'stroke-linejoin': 'round',
    'stroke-linecap': style.dash.length === 0 ? 'round' : 'butt',
    'stroke-dasharray':
      style.dash.length === 0
        ? undefined
        : style.dash.map((length) => Math.round(length * lineWidth * 100) / 100).join(' '),
  };
}
