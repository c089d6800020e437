import { symbol } from 'd3-shape';
import type { SeriesStyle } from './assignSeriesStyles';
import { svgElement } from './svgElement';

/** A filled marker of the series' shape, ringed in the background colour to stand out from lines. */
export function renderMarker(
  style: SeriesStyle,
  x: number,
  y: number,
  area: number,
  ringColour: string,
  ringWidth: number,
): string {
  const path = symbol(style.marker, area)();
  return svgElement('path', {
    d: path ?? '',
    transform: `translate(${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100})`,
    fill: style.colour,
    stroke: ringColour,
    'stroke-width': ringWidth,
  });
}
