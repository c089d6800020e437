import { formatNumber } from '@/model/numberInput';
import type { Plot } from '@/model/reportSchema';
import { plotKindDefinitions, type PlotDrawing } from './plotKindDefinitions';

const maxNamedSeries = 8;

function axisText(label: string, unit: string, fallback: string): string {
  const name = label.trim() === '' ? fallback : label.trim();
  return unit.trim() === '' ? name : `${name} (${unit.trim()})`;
}

function seriesName(label: string, index: number): string {
  return label.trim() === '' ? `series ${index + 1}` : label.trim();
}

function listed(parts: readonly string[], separator: ', ' | '; '): string {
  if (parts.length <= maxNamedSeries) return parts.join(separator);
  return `${parts.slice(0, maxNamedSeries).join(separator)} and ${parts.length - maxNamedSeries} more`;
}

function lastValue(points: readonly (readonly [number, number | null])[]): number | null {
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const y = points[index]?.[1];
    if (y !== undefined && y !== null) return y;
  }
  return null;
}

interface DescribedPlot {
  plot: Plot;
  name: string;
  x: string;
  y: string;
  log: string;
  valueTexts: ReadonlyMap<string, string>;
}

const describers: { readonly [Drawing in PlotDrawing]: (described: DescribedPlot) => string } = {
  lines: ({ plot, name, x, y, log }) => {
    const names = plot.series.map((series, index) => seriesName(series.label, index));
    const count = plot.series.length === 1 ? 'one line' : `${plot.series.length} lines`;
    return `${name} of ${y} against ${x}${log}, ${count}: ${listed(names, ', ')}.`;
  },
  points: ({ plot, name, x, y, log, valueTexts }) => {
    const points = plot.series.map((series, index) => {
      const point = series.points.find(([, value]) => value !== null);
      return point === undefined
        ? `${seriesName(series.label, index)} no value`
        : `${seriesName(series.label, index)} (${formatNumber(point[0])}, ${valueTexts.get(series.id) ?? formatNumber(point[1])})`;
    });
    return `${name} of ${y} against ${x}${log}: ${listed(points, '; ')}.`;
  },
  bars: ({ plot, name, y, log, valueTexts }) => {
    const bars = plot.series.map((series, index) => {
      const value = lastValue(series.points);
      return `${seriesName(series.label, index)} ${value === null ? 'no value' : (valueTexts.get(series.id) ?? formatNumber(value))}`;
    });
    return `${name} of ${y} by model${log}: ${listed(bars, '; ')}.`;
  },
};

/**
 * The text alternative of a plot image: what is drawn against what, and the series, with the
 * values themselves for the one-point-per-model kinds, so a screen reader gets the comparison.
 * It does not repeat the figure's title or caption, which are written next to the image.
 */
export function describePlotImage(
  plot: Plot,
  valueTexts: ReadonlyMap<string, string> = new Map(),
): string {
  const definition = plotKindDefinitions[plot.kind];
  const x = axisText(plot.xLabel, plot.xUnit, 'x');
  const y = axisText(plot.yLabel, plot.yUnit, 'y');
  const log = plot.logScale && definition.logScaleAxis !== 'none' ? ', log scale' : '';
  if (plot.series.length === 0) return `Empty plot of ${y} against ${x}: no data yet.`;
  return describers[definition.drawing]({
    plot,
    name: definition.imageName,
    x,
    y,
    log,
    valueTexts,
  });
}
