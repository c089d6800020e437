import { joinFieldPath, listItemSegment, type FieldPath } from './fieldPath';
import type { MetricResult } from './reportSchema';

/** `results.metricResults#<id>.value`: where a metric result's field is kept and typed. */
export function metricResultFieldPath(resultId: string, field: keyof MetricResult): FieldPath {
  return joinFieldPath('results', listItemSegment('metricResults', resultId), field);
}
