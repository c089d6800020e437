import type { MetricResult } from '@/model/reportSchema';
import { describeResultAggregation } from './describeResultAggregation';

/** "Mean of 3 runs per model." when every result was aggregated alike, else "". */
export function describeCommonAggregation(
  results: readonly Pick<MetricResult, 'aggregation' | 'runs'>[],
): string {
  const descriptions = new Set(results.map(describeResultAggregation));
  const [only] = descriptions;
  if (descriptions.size !== 1 || only === undefined) return '';
  return `${only[0]?.toUpperCase() ?? ''}${only.slice(1)} per model.`;
}
