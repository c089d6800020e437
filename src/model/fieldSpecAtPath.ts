import { fieldSpecEntries, type AnyFieldSpec, type FieldSpecMap } from './fieldSpec';
import type { FieldPath } from './fieldPath';
import { getSectionDefinition, isSectionId } from './sectionRegistry';

/**
 * The spec of the field a path names, list item ids ignored: `models.models#m1.measured.gpuHours`
 * and `models.models.measured.gpuHours` both give the GPU-hours spec. Cells of a custom editor
 * (the metric table's runs) are found through its `itemNumberFields`.
 */
export function fieldSpecAtPath(path: FieldPath): AnyFieldSpec | undefined {
  const [sectionId = '', ...segments] = path.split('.');
  if (!isSectionId(sectionId) || segments.length === 0) return undefined;
  let specs: object = getSectionDefinition(sectionId).fields;
  let found: AnyFieldSpec | undefined;
  for (const segment of segments) {
    const key = segment.split('#')[0] ?? '';
    found = fieldSpecEntries(specs).find(([candidate]) => candidate === key)?.[1];
    if (found === undefined) return undefined;
    const children: FieldSpecMap | undefined =
      found.kind === 'list' || found.kind === 'group'
        ? found.fields
        : found.kind === 'custom'
          ? found.itemNumberFields
          : undefined;
    specs = children ?? {};
  }
  return found;
}
