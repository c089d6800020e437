import { isRecord } from '../isRecord';

function idOf(value: unknown): unknown {
  return isRecord(value) ? value['id'] : undefined;
}

/**
 * `next` with every part equal to the same part of `previous` replaced by that part: a change from
 * the live room re-renders only the fields it touched, and an editor's value keeps its identity.
 * List items are matched by id where they have one, so a moved item is still the same object.
 */
export function keepUnchangedValues<Value>(previous: unknown, next: Value): Value {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const previousById = new Map<unknown, unknown>();
    for (const item of previous) {
      const id = idOf(item);
      if (typeof id === 'string') previousById.set(id, item);
    }
    const items: unknown[] = next.map((item: unknown, index) => {
      const id = idOf(item);
      const before = typeof id === 'string' ? previousById.get(id) : previous[index];
      return keepUnchangedValues(before, item);
    });
    const same =
      items.length === previous.length && items.every((item, index) => item === previous[index]);
    return (same ? previous : items) as Value;
  }
  if (isRecord(previous) && isRecord(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const value = keepUnchangedValues(previous[key], next[key]);
      result[key] = value;
      if (!(key in previous) || value !== previous[key]) same = false;
    }
    return (same ? previous : result) as Value;
  }
  return next;
}
