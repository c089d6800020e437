import { formatNumber } from '@/model/numberInput';
import type { MetricResult } from '@/model/reportSchema';

/**
 * A result as a table cell shows it: "94.2 ± 0.2" with a standard deviation, "94.2 (CI ± 0.4)"
 * with a 95 % confidence interval, "94.2" without spread, and "" without a value.
 */
export function describeResultValue(
  result: Pick<MetricResult, 'value' | 'spread' | 'spreadKind'>,
): string {
  if (result.value === null) return '';
  const value = formatNumber(result.value);
  if (result.spread === null) return value;
  const spread = formatNumber(result.spread);
  return result.spreadKind === 'ci95' ? `${value} (CI ± ${spread})` : `${value} ± ${spread}`;
}
