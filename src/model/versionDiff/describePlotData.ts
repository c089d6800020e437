import type { Plot } from '../reportSchema';

const plotKindLabels: { readonly [Kind in Plot['kind']]: string } = {
  'loss-curve': 'Loss curve',
  'metric-curve': 'Metric curve',
  'size-vs-performance': 'Model size versus performance',
  'metric-bar': 'Bar chart by model',
};

function range(values: readonly number[]): string {
  if (values.length === 0) return '';
  let minimum = Infinity;
  let maximum = -Infinity;
  for (const value of values) {
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
  }
  return `${minimum.toLocaleString('en')}–${maximum.toLocaleString('en')}`;
}

/** A figure's data in one line: kind, title, series and points, and the x range of the points. */
export function describePlotData(plot: Plot): string {
  const title = plot.title.trim() === '' ? '' : ` “${plot.title.trim()}”`;
  if (plot.derivation !== 'none')
    return `${plotKindLabels[plot.kind]}${title}, drawn from the metric table and the models`;
  const points = plot.series.reduce((sum, series) => sum + series.points.length, 0);
  const xValues: number[] = [];
  for (const series of plot.series) for (const [x] of series.points) xValues.push(x);
  const xRange = range(xValues);
  return `${plotKindLabels[plot.kind]}${title}: ${plot.series.length === 1 ? '1 series' : `${plot.series.length} series`}, ${points.toLocaleString('en')} points${xRange === '' ? '' : `, x ${xRange}`}`;
}
