/** Structural equality of JSON-like values (what a report holds): same shape, same leaves. */
export function isSameJsonValue(first: unknown, second: unknown): boolean {
  if (Object.is(first, second)) return true;
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null)
    return false;
  if (Array.isArray(first) !== Array.isArray(second)) return false;
  if (Array.isArray(first) && Array.isArray(second))
    return (
      first.length === second.length &&
      first.every((item: unknown, index) => isSameJsonValue(item, second[index]))
    );
  const firstRecord = first as Record<string, unknown>;
  const secondRecord = second as Record<string, unknown>;
  const keys = Object.keys(firstRecord);
  return (
    keys.length === Object.keys(secondRecord).length &&
    keys.every(
      (key) =>
        Object.hasOwn(secondRecord, key) && isSameJsonValue(firstRecord[key], secondRecord[key]),
    )
  );
}
