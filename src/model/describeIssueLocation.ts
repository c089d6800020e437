import { fieldSpecEntries, type AnyFieldSpec } from './fieldSpec';
import type { FieldPath } from './fieldPath';
import type { Report } from './reportSchema';
import { getSectionDefinition, isSectionId } from './sectionRegistry';
import { isRecord } from './isRecord';

/**
 * Where a field sits, for a reader: `Models and approach › Model A › Hyperparameters` for the
 * learning rate of Model A. The field's own label is left to the message, which names it.
 */
export function describeIssueLocation(report: Report, path: FieldPath): string[] {
  const [sectionId = '', ...segments] = path.split('.');
  if (!isSectionId(sectionId)) return [];
  const section = getSectionDefinition(sectionId);
  const crumbs = [section.title];
  let specs: object = section.fields;
  let owner: unknown = report[sectionId];
  for (const [position, segment] of segments.entries()) {
    const [key = '', itemId] = segment.split('#');
    const spec: AnyFieldSpec | undefined = fieldSpecEntries(specs).find(
      ([candidate]) => candidate === key,
    )?.[1];
    const isLast = position === segments.length - 1;
    if (spec === undefined || isLast || !isRecord(owner)) break;
    const value = owner[key];
    if (spec.kind === 'list' && itemId !== undefined && Array.isArray(value)) {
      const index = value.findIndex((item: unknown) => isRecord(item) && item['id'] === itemId);
      const item: unknown = value[index];
      const title = isRecord(item) ? item[spec.itemTitleKey] : undefined;
      crumbs.push(
        typeof title === 'string' && title.trim() !== ''
          ? title.trim()
          : `${spec.itemLabel} ${index + 1}`,
      );
      specs = spec.fields;
      owner = item;
    } else if (spec.kind === 'group') {
      crumbs.push(spec.label);
      specs = spec.fields;
      owner = value;
    } else {
      // A custom editor (metric table, checklist) names the place; its cells are not specs.
      crumbs.push(spec.label);
      break;
    }
  }
  return crumbs;
}
