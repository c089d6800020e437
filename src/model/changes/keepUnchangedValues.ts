import { isRecord } from '../isRecord';

function idOf(value: unknown): string | undefined {
  const id = isRecord(value) ? value['id'] : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Items with ids are matched by id, so a moved item is still the same object; others in place. */
function keepItemsById(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  const previousById = new Map<string, unknown>();
  for (const item of previous) {
    const id = idOf(item);
    if (id !== undefined) previousById.set(id, item);
  }
  return next.map((item, index) => {
    const id = idOf(item);
    return keepUnchangedValues(id === undefined ? previous[index] : previousById.get(id), item);
  });
}

/**
 * Items without ids (rich-text blocks) are compared in place from the start, then from the end: the
 * blocks after the one typed into stay kept although a block was added or removed before them.
 */
function keepItemsInPlace(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  const kept = next.slice();
  let start = 0;
  while (start < next.length && start < previous.length) {
    const item = keepUnchangedValues(previous[start], next[start]);
    if (item !== previous[start]) break;
    kept[start] = item;
    start += 1;
  }
  let previousEnd = previous.length - 1;
  let nextEnd = next.length - 1;
  while (previousEnd >= start && nextEnd >= start) {
    const item = keepUnchangedValues(previous[previousEnd], next[nextEnd]);
    if (item !== previous[previousEnd]) break;
    kept[nextEnd] = item;
    previousEnd -= 1;
    nextEnd -= 1;
  }
  // What is left changed in place (a block typed into): its own unchanged parts are kept too.
  if (nextEnd === previousEnd)
    for (let index = start; index <= nextEnd; index += 1)
      kept[index] = keepUnchangedValues(previous[index], next[index]);
  return kept;
}

/**
 * Sets an own property, as JSON.parse does: assigning `__proto__` would set the object's prototype
 * instead, and the key (in a document from the live room, say) would be lost.
 */
function keepOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else record[key] = value;
}

/** `previous` when `kept` holds exactly its parts, `next` when exactly next's, else `kept`. */
function pickSame<Container extends object>(
  previous: Container,
  next: Container,
  kept: Container,
): Container {
  const keys = Object.keys(kept);
  const part = (container: Container, key: string): unknown =>
    (container as Record<string, unknown>)[key];
  const hasSameKeys =
    Object.keys(previous).length === keys.length &&
    keys.every((key) => Object.hasOwn(previous, key));
  if (hasSameKeys && keys.every((key) => part(kept, key) === part(previous, key))) return previous;
  if (keys.every((key) => part(kept, key) === part(next, key))) return next;
  return kept;
}

/**
 * `next` with every part that equals (as JSON) the same part of `previous` replaced by that part:
 * `previous` itself when the two are equal, `next` itself when none of its parts needed replacing
 * (so keeping twice gives the same object). A change from the live room then re-renders only the
 * fields it touched, and rich text read back whole from its editor keeps the objects of the blocks
 * not typed into, which every check by identity (validation, the journal's diff, the issue
 * analysis) skips.
 */
export function keepUnchangedValues<Value>(previous: unknown, next: Value): Value {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const kept = next.some((item) => idOf(item) !== undefined)
      ? keepItemsById(previous, next)
      : keepItemsInPlace(previous, next);
    return pickSame(previous, next, kept) as Value;
  }
  if (!isRecord(previous) || !isRecord(next)) return next;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(next))
    keepOwn(
      kept,
      key,
      Object.hasOwn(previous, key) ? keepUnchangedValues(previous[key], next[key]) : next[key],
    );
  return pickSame(previous, next, kept) as Value;
}
