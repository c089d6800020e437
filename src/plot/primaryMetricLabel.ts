import type { Metric, MetricResult } from '@/model/reportSchema';

/** "Test accuracy", "Validation macro-F1": the split, then the metric name in running text. */
export function primaryMetricLabel(metric: Metric, split: MetricResult['split']): string {
  const name = metric.name.trim() === '' ? 'score' : metric.name.trim();
  // Lower-case "Accuracy" but not acronyms such as "F1" or "BLEU".
  const inText = /^[A-Z][a-z]/u.test(name)
    ? `${name[0]?.toLowerCase() ?? ''}${name.slice(1)}`
    : name;
  return `${split === 'test' ? 'Test' : 'Validation'} ${inText}`;
}
