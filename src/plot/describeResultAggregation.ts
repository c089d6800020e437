import { formatNumber } from '@/model/numberInput';
import type { MetricResult } from '@/model/reportSchema';

/** How a result was obtained: "mean of 3 runs", "best of 5 runs", "single run", or "mean" when runs are not given. */
export function describeResultAggregation(
  result: Pick<MetricResult, 'aggregation' | 'runs'>,
): string {
  const { aggregation, runs } = result;
  if (aggregation === 'single-run' || runs === 1) return 'single run';
  const word = aggregation === 'max' ? 'best' : 'mean';
  if (runs === null) return aggregation === 'max' ? 'best run' : 'mean';
  return `${word} of ${formatNumber(runs)} runs`;
}
