import type { Metric } from './reportSchema';

export function metricDisplayName(metric: Metric, index: number): string {
  return metric.name.trim() === '' ? `Metric ${index + 1}` : metric.name.trim();
}
