import { isRecord } from './isRecord';

/**
 * A field path names one value in a report by stable ids, not positions:
 * `models.models#m1.hyperparameters.learningRate` is the learning rate of the model with id `m1`.
 * It survives reordering, so undo, messages and saved raw inputs keep pointing at the right field.
 */
export type FieldPath = string;

interface PathSegment {
  key: string;
  itemId: string | undefined;
}

/**
 * Paths read before, parsed: every field on screen reads its value by path after every change,
 * a thousand of them with the large bench report's 20 model cards open.
 */
const parsedPaths = new Map<FieldPath, readonly PathSegment[]>();
const parsedPathLimit = 20_000;

function parseSegments(path: FieldPath): readonly PathSegment[] {
  const known = parsedPaths.get(path);
  if (known !== undefined) return known;
  const segments = path.split('.').map((segment) => {
    const hashIndex = segment.indexOf('#');
    return hashIndex === -1
      ? { key: segment, itemId: undefined }
      : { key: segment.slice(0, hashIndex), itemId: segment.slice(hashIndex + 1) };
  });
  if (parsedPaths.size >= parsedPathLimit) parsedPaths.clear();
  parsedPaths.set(path, segments);
  return segments;
}

export function joinFieldPath(...segments: string[]): FieldPath {
  return segments.filter((segment) => segment !== '').join('.');
}

export function listItemSegment(listKey: string, itemId: string): string {
  return `${listKey}#${itemId}`;
}

/**
 * Each list's items by id, made once per list: the store replaces lists, never changes them. A
 * list changed in place anyway (a builder pushing items) is searched again, never misread.
 */
const itemIndexes = new WeakMap<readonly unknown[], Map<string, number>>();

function hasId(item: unknown, itemId: string): boolean {
  return isRecord(item) && item['id'] === itemId;
}

function indexOfItem(list: readonly unknown[], itemId: string): number {
  const known = itemIndexes.get(list)?.get(itemId);
  if (known !== undefined && hasId(list[known], itemId)) return known;
  const indexes = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    // The first of two items with one id, as a search from the start finds it.
    if (isRecord(item) && typeof item['id'] === 'string' && !indexes.has(item['id']))
      indexes.set(item['id'], index);
  }
  itemIndexes.set(list, indexes);
  return indexes.get(itemId) ?? -1;
}

function findItem(list: unknown, itemId: string): { index: number; item: unknown } | undefined {
  if (!Array.isArray(list)) return undefined;
  const index = indexOfItem(list, itemId);
  return index === -1 ? undefined : { index, item: list[index] };
}

export function getValueAtPath(root: unknown, path: FieldPath): unknown {
  let current: unknown = root;
  for (const segment of parseSegments(path)) {
    if (!isRecord(current) || !Object.hasOwn(current, segment.key)) return undefined;
    current = current[segment.key];
    if (segment.itemId !== undefined) current = findItem(current, segment.itemId)?.item;
  }
  return current;
}

/** Returns a copy of root with the value at path replaced, sharing every untouched branch. */
export function setValueAtPath<Root>(root: Root, path: FieldPath, value: unknown): Root {
  const segments = parseSegments(path);
  const update = (current: unknown, index: number): unknown => {
    const segment = segments[index];
    if (segment === undefined) return value;
    if (!isRecord(current) || !Object.hasOwn(current, segment.key)) {
      throw new Error(`No field "${segment.key}" at ${path}`);
    }
    const child = current[segment.key];
    if (segment.itemId === undefined) {
      return { ...current, [segment.key]: update(child, index + 1) };
    }
    const found = findItem(child, segment.itemId);
    if (found === undefined || !Array.isArray(child)) {
      throw new Error(`No item "${segment.itemId}" in ${segment.key} at ${path}`);
    }
    const nextList = [...(child as unknown[])];
    nextList[found.index] = update(found.item, index + 1);
    return { ...current, [segment.key]: nextList };
  };
  return update(root, 0) as Root;
}

/** The same path with positions instead of ids, for messages: `models.models[2].hyperparameters.learningRate`. */
export function describeFieldPath(root: unknown, path: FieldPath): string {
  let current: unknown = root;
  const parts: string[] = [];
  for (const segment of parseSegments(path)) {
    current = isRecord(current) ? current[segment.key] : undefined;
    if (segment.itemId === undefined) {
      parts.push(segment.key);
    } else {
      const found = findItem(current, segment.itemId);
      parts.push(`${segment.key}[${found === undefined ? '?' : found.index}]`);
      current = found?.item;
    }
  }
  return parts.join('.');
}

export function sectionIdOfPath(path: FieldPath): string {
  return path.split('.')[0] ?? '';
}
