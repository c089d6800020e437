/**
 * Whether `value` written as JSON would be longer than `limit` characters, give or take its
 * punctuation. Stops as soon as it knows, so a 6 MB report costs a walk of `limit`, not a
 * serialization of the whole.
 */
export function exceedsJsonLength(value: unknown, limit: number): boolean {
  let length = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') length += current.length + 2;
    else if (typeof current === 'number' || typeof current === 'boolean') length += 8;
    else if (Array.isArray(current)) {
      length += current.length + 2;
      for (const item of current) stack.push(item);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        length += key.length + 4;
        stack.push(child);
      }
    } else length += 4;
    if (length > limit) return true;
  }
  return false;
}
