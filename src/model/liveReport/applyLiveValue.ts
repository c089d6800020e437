import * as Y from 'yjs';
import type { RichText } from '../richText';
import { isKnownMatch, type ApplyContext } from './applyContext';
import { applyRichTextToFragment } from './applyRichTextToFragment';
import { createLiveRecord, createLiveValue } from './createLiveValue';
import { jsonEquals } from './jsonEquals';
import { liveValueKind } from './liveValueKind';
import { longestIncreasingRun } from './longestIncreasingRun';
import { wellFormedText } from './wellFormedText';

type Item = Readonly<Record<string, unknown>>;

function isRichTextFragment(value: unknown): value is Y.XmlFragment {
  return value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement);
}

function replaceValue(
  map: Y.Map<unknown>,
  key: string,
  value: unknown,
  context: ApplyContext,
): void {
  map.set(
    key,
    createLiveValue(value, (type, held) => context.matched.push([type, held])),
  );
  context.changed = true;
}

/** Makes the value at a key of a map equal to `value`, with the smallest change its kind allows. */
export function applyValueAtKey(
  map: Y.Map<unknown>,
  key: string,
  value: unknown,
  context: ApplyContext,
): void {
  const held = map.get(key);
  switch (liveValueKind(value)) {
    case 'absent':
      if (map.has(key)) {
        map.delete(key);
        context.changed = true;
      }
      return;
    case 'scalar': {
      const wanted = typeof value === 'string' ? wellFormedText(value) : value;
      if (!map.has(key) || !Object.is(held, wanted)) replaceValue(map, key, value, context);
      return;
    }
    case 'richText':
      if (isRichTextFragment(held)) applyRichTextToFragment(held, value as RichText, context);
      else replaceValue(map, key, value, context);
      return;
    case 'itemList':
      if (held instanceof Y.Array) applyItemsToArray(held, value as Item[], context);
      else replaceValue(map, key, value, context);
      return;
    case 'record':
      if (held instanceof Y.Map) applyRecordToMap(held, value as Item, context);
      else replaceValue(map, key, value, context);
      return;
    case 'whole':
      if (!map.has(key) || held instanceof Y.AbstractType || !wholeValuesEqual(held, value))
        replaceValue(map, key, value, context);
      return;
  }
}

/** Whole values are never changed in place, so a pair once found equal stays equal. */
const equalWholeValues = new WeakMap<object, unknown>();

function wholeValuesEqual(held: unknown, wanted: unknown): boolean {
  if (held === wanted) return true;
  if (typeof held !== 'object' || held === null) return jsonEquals(held, wanted);
  if (equalWholeValues.get(held) === wanted) return true;
  const equal = jsonEquals(held, wanted);
  if (equal) equalWholeValues.set(held, wanted);
  return equal;
}

/** Makes a map hold the record's keys and values: keys it lacks are removed, others applied. */
export function applyRecordToMap(map: Y.Map<unknown>, record: Item, context: ApplyContext): void {
  if (isKnownMatch(context, map, record)) return;
  const wantedKeys = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record))
    if (value !== undefined) wantedKeys.set(wellFormedText(key), value);
  const removedKeys = Array.from(map.keys()).filter((key) => !wantedKeys.has(key));
  for (const key of removedKeys) map.delete(key);
  if (removedKeys.length > 0) context.changed = true;
  for (const [key, value] of wantedKeys) applyValueAtKey(map, key, value, context);
  context.matched.push([map, record]);
}

function heldItemId(element: unknown): string | undefined {
  if (!(element instanceof Y.Map)) return undefined;
  const id: unknown = element.get('id');
  return typeof id === 'string' ? id : undefined;
}

/**
 * Makes a list of Y.Maps hold the items, matched by id: items gone (and second copies of an
 * id, see readLiveValue) are removed; the longest run of items already in order stays and is
 * updated in place; moved and new items are inserted as new maps. Yjs has no move, so someone
 * editing an item while another moves it loses that edit.
 */
export function applyItemsToArray(
  array: Y.Array<unknown>,
  items: readonly Item[],
  context: ApplyContext,
): void {
  if (isKnownMatch(context, array, items)) return;
  const wantedIndexById = new Map<string, number>();
  items.forEach((item, index) => {
    const id = item['id'];
    if (typeof id === 'string' && !wantedIndexById.has(id)) wantedIndexById.set(id, index);
  });
  const held = array.toArray();
  const seenIds = new Set<string>();
  const targets = held.map((element) => {
    const id = heldItemId(element);
    if (id === undefined || seenIds.has(id)) return -1;
    seenIds.add(id);
    return wantedIndexById.get(id) ?? -1;
  });
  const candidates = targets.flatMap((target, index) => (target === -1 ? [] : [index]));
  const stayingCandidates = longestIncreasingRun(candidates.map((index) => targets[index] ?? -1));
  const staying = new Set(candidates.filter((_, order) => stayingCandidates.has(order)));

  const stayingById = new Map<string, Y.Map<unknown>>();
  for (let index = held.length - 1; index >= 0; index -= 1) {
    const element = held[index];
    if (staying.has(index) && element instanceof Y.Map) {
      stayingById.set(heldItemId(element) ?? '', element);
      continue;
    }
    // Runs of removed items are deleted at once.
    let start = index;
    while (start > 0 && !staying.has(start - 1)) start -= 1;
    array.delete(start, index - start + 1);
    context.changed = true;
    index = start;
  }

  let position = 0;
  let pending: Item[] = [];
  const insertPending = (): void => {
    if (pending.length === 0) return;
    const maps = pending.map((item) =>
      createLiveRecord(item, (type, held) => context.matched.push([type, held])),
    );
    array.insert(position, maps);
    position += maps.length;
    pending = [];
    context.changed = true;
  };
  for (const item of items) {
    const id = item['id'];
    const stayingMap = typeof id === 'string' ? stayingById.get(id) : undefined;
    if (stayingMap === undefined) {
      pending.push(item);
      continue;
    }
    insertPending();
    applyRecordToMap(stayingMap, item, context);
    position += 1;
  }
  insertPending();
  context.matched.push([array, items]);
}
