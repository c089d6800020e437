import * as Y from 'yjs';
import { isRecord } from '../isRecord';
import type { LiveDocumentCache } from './liveDocumentCache';
import { readRichTextFromFragment } from './richTextFragment';

function readMap(
  map: Y.Map<unknown>,
  cache: LiveDocumentCache | undefined,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  // Replicas learn keys in different orders; sorted, they all give the same JSON.
  for (const key of [...map.keys()].sort()) {
    const value = readLiveValue(map.get(key), cache);
    if (value !== undefined) record[key] = value;
  }
  return record;
}

/**
 * The items of a list, each id once: two people moving one item at once (a move is a removal
 * and an insertion) leave it twice, and every replica keeps the first, so all read the same list.
 * applyReportToLiveDocument removes the later copies from the document.
 */
function readItems(array: Y.Array<unknown>, cache: LiveDocumentCache | undefined): unknown[] {
  const items: unknown[] = [];
  const ids = new Set<unknown>();
  for (const element of array.toArray()) {
    const item = readLiveValue(element, cache);
    const id = isRecord(item) ? item['id'] : undefined;
    if (typeof id === 'string') {
      if (ids.has(id)) continue;
      ids.add(id);
    }
    items.push(item);
  }
  return items;
}

/**
 * The JSON a value of the live document stands for. Unchanged shared types give the same
 * objects as the last read (with a cache), so the reader shares structure the way the store does.
 */
export function readLiveValue(value: unknown, cache?: LiveDocumentCache): unknown {
  if (!(value instanceof Y.AbstractType)) return value;
  const known = cache?.readValues.get(value);
  if (known !== undefined) return known;
  let read: unknown;
  if (value instanceof Y.Map) read = readMap(value, cache);
  else if (value instanceof Y.Array) read = readItems(value, cache);
  else if (value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement))
    read = readRichTextFromFragment(value);
  else if (value instanceof Y.Text) read = value.toString();
  cache?.readValues.set(value, read);
  return read;
}
