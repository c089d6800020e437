import type { Metric, MetricResult } from '@/model/reportSchema';

/** "Test accuracy", "Test Vicuna score": the split, then the metric's name as the user wrote it. */
export function primaryMetricLabel(metric: Metric, split: MetricResult['split']): string {
  const name = metric.name.trim() === '' ? 'score' : metric.name.trim();
  return `${split === 'test' ? 'Test' : 'Validation'} ${name}`;
}
