import { isRecord } from '../isRecord';

/**
 * How a report value is held in the live document: a scalar as is, rich text as a
 * Y.XmlFragment, a list of items with unique string ids as a Y.Array of Y.Maps, any other object
 * as a Y.Map, anything else (plot points, lists of texts) as one whole value. An empty list is a
 * Y.Array, so two people adding the first item to it at once both keep theirs.
 */
export type LiveValueKind = 'absent' | 'scalar' | 'richText' | 'itemList' | 'record' | 'whole';

export function isItemList(value: readonly unknown[]): value is readonly Record<string, unknown>[] {
  const ids = new Set<string>();
  for (const item of value) {
    if (!isRecord(item)) return false;
    const id = item['id'];
    if (typeof id !== 'string' || ids.has(id)) return false;
    ids.add(id);
  }
  return true;
}

export function liveValueKind(value: unknown): LiveValueKind {
  if (value === undefined) return 'absent';
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return 'scalar';
  if (Array.isArray(value)) return isItemList(value) ? 'itemList' : 'whole';
  if (isRecord(value)) return value['type'] === 'doc' ? 'richText' : 'record';
  return 'whole';
}
