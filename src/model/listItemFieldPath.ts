import { joinFieldPath, listItemSegment, type FieldPath } from './fieldPath';

/** `listItemFieldPath('models.models', 'm1', 'lora', 'rank')` is `models.models#m1.lora.rank`. */
export function listItemFieldPath(
  listPath: FieldPath,
  itemId: string,
  ...keys: string[]
): FieldPath {
  const segments = listPath.split('.');
  const listKey = segments.pop() ?? '';
  return joinFieldPath(...segments, listItemSegment(listKey, itemId), ...keys);
}
