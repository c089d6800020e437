import { maximumPlotPointsPerSeries, type PlotPoint } from './reportSchema';

/**
 * True exactly when the `points` of `plotSeriesSchema` accepts the value, and zod's output would
 * equal it. A tight loop instead of one zod tuple per point, which was most of a 5 MB import.
 */
export function isPlotPointList(value: unknown): value is PlotPoint[] {
  if (!Array.isArray(value) || value.length > maximumPlotPointsPerSeries) return false;
  for (let index = 0; index < value.length; index += 1) {
    const point: unknown = value[index];
    if (!Array.isArray(point) || point.length !== 2) return false;
    const x: unknown = point[0];
    const y: unknown = point[1];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
    if (y !== null && (typeof y !== 'number' || !Number.isFinite(y))) return false;
  }
  return true;
}
