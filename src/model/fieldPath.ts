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

function parseSegments(path: FieldPath): PathSegment[] {
  return path.split('.').map((segment) => {
    const hashIndex = segment.indexOf('#');
    return hashIndex === -1
      ? { key: segment, itemId: undefined }
      : { key: segment.slice(0, hashIndex), itemId: segment.slice(hashIndex + 1) };
  });
}

export function joinFieldPath(...segments: string[]): FieldPath {
  return segments.filter((segment) => segment !== '').join('.');
}

export function listItemSegment(listKey: string, itemId: string): string {
  return `${listKey}#${itemId}`;
}

function findItem(list: unknown, itemId: string): { index: number; item: unknown } | undefined {
  if (!Array.isArray(list)) return undefined;
  const index = list.findIndex((item: unknown) => isRecord(item) && item['id'] === itemId);
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
