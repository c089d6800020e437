import { joinFieldPath, listItemSegment, type FieldPath } from '@/model/fieldPath';
import type { Plot } from '@/model/reportSchema';

/** The field path of one property of a stored plot, e.g. `results.plots#p1.title`. */
export function plotFieldPath(plotId: string, key: keyof Plot): FieldPath {
  return joinFieldPath('results', listItemSegment('plots', plotId), key);
}
