import { joinFieldPath, listItemSegment, type FieldPath } from '../fieldPath';
import { isRecord } from '../isRecord';
import type { Report } from '../reportSchema';
import { sectionIds } from '../sectionRegistry';

/**
 * Every path to a value in the report's sections, list items by id, down to rich text (one
 * field) and lists of plain values: a superset of the fields an export marks.
 */
export function listReportFieldPaths(report: Report): FieldPath[] {
  const paths: FieldPath[] = [];
  const visit = (value: unknown, path: FieldPath): void => {
    paths.push(path);
    if (!isRecord(value) || value['type'] === 'doc') return;
    for (const [key, child] of Object.entries(value)) {
      if (Array.isArray(child) && child.every(isRecord)) {
        paths.push(joinFieldPath(path, key));
        for (const item of child) {
          const itemId = item['id'];
          if (typeof itemId === 'string')
            visit(item, joinFieldPath(path, listItemSegment(key, itemId)));
        }
      } else visit(child, joinFieldPath(path, key));
    }
  };
  for (const sectionId of sectionIds) visit(report[sectionId], sectionId);
  return paths;
}
