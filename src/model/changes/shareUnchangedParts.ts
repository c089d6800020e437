import { isRecord } from '../isRecord';

function shareItems(previous: readonly unknown[], next: readonly unknown[]): unknown[] {
  const shared = next.slice();
  // Items are compared in place from the start, then from the end: the blocks after the one typed
  // into stay shared although a block was added or removed before them.
  let start = 0;
  while (start < next.length && start < previous.length) {
    const item = shareUnchangedParts(previous[start], next[start]);
    if (item !== previous[start]) break;
    shared[start] = item;
    start += 1;
  }
  let previousEnd = previous.length - 1;
  let nextEnd = next.length - 1;
  while (previousEnd >= start && nextEnd >= start) {
    const item = shareUnchangedParts(previous[previousEnd], next[nextEnd]);
    if (item !== previous[previousEnd]) break;
    shared[nextEnd] = item;
    previousEnd -= 1;
    nextEnd -= 1;
  }
  // What is left changed in place (a block typed into): its own unchanged parts are kept too.
  if (nextEnd - start === previousEnd - start)
    for (let index = start; index <= nextEnd; index += 1)
      shared[index] = shareUnchangedParts(previous[index], next[index]);
  return shared;
}

/**
 * `next` with every part that equals (as JSON) the part of `previous` in the same place replaced
 * by that part of `previous`: `previous` itself when the two are equal, `next` itself when none of
 * its parts needed replacing (so sharing twice gives the same object). A value built anew from an
 * editor, such as rich text read back after a key, then keeps the objects of the blocks that were
 * not typed into, and every check that compares by identity (validation, the journal's diff, the
 * issue analysis) skips them.
 */
export function shareUnchangedParts<Value>(previous: unknown, next: Value): Value {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const shared = shareItems(previous, next);
    return pickSame(previous, next, shared) as Value;
  }
  if (!isRecord(previous) || !isRecord(next)) return next;
  const shared: Record<string, unknown> = {};
  for (const key of Object.keys(next))
    shared[key] = Object.hasOwn(previous, key)
      ? shareUnchangedParts(previous[key], next[key])
      : next[key];
  return pickSame(previous, next, shared) as Value;
}

/** `previous` when `shared` holds exactly its parts, `next` when exactly next's, else `shared`. */
function pickSame<Container extends object>(
  previous: Container,
  next: Container,
  shared: Container,
): Container {
  const keys = Object.keys(shared);
  const part = (container: Container, key: string): unknown =>
    (container as Record<string, unknown>)[key];
  const hasSameKeys =
    Object.keys(previous).length === keys.length &&
    keys.every((key) => Object.hasOwn(previous, key));
  if (hasSameKeys && keys.every((key) => part(shared, key) === part(previous, key)))
    return previous;
  if (keys.every((key) => part(shared, key) === part(next, key))) return next;
  return shared;
}
