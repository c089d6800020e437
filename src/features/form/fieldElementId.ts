import type { FieldPath } from '@/model/fieldPath';

/** The DOM id of the control that edits a field; Next issue focuses it. */
export function fieldElementId(path: FieldPath): string {
  return `field-${path.replaceAll('#', '--').replaceAll('.', '__')}`;
}
