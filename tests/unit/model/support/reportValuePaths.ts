/** A place in a report as keys and list indices, `['models', 'models', 0, 'name']`. */
export type ValuePath = readonly (string | number)[];

export function isRichTextValue(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc'
  );
}

/**
 * Every value a user can change as a whole: texts, numbers, rich texts and lists, with the list
 * items inside; keys in `fixedKeys` (ids, enumerations) and what is under them are left out.
 */
export function changeablePaths(
  value: unknown,
  fixedKeys: ReadonlySet<string>,
  path: ValuePath = [],
  found: ValuePath[] = [],
): ValuePath[] {
  if (typeof value === 'string' || typeof value === 'number' || isRichTextValue(value)) {
    found.push(path);
    return found;
  }
  if (Array.isArray(value)) {
    found.push(path);
    value.forEach((item, index) => changeablePaths(item, fixedKeys, [...path, index], found));
    return found;
  }
  if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value))
      if (!fixedKeys.has(key)) changeablePaths(child, fixedKeys, [...path, key], found);
  return found;
}

export function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
