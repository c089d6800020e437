/** Arrays longer than this are written in slices of it, not element by element. */
const sliceLength = 2048;

/**
 * JSON.stringify(value) in pieces, so a caller can pause between them: joined, the pieces are
 * exactly the text JSON.stringify gives for plain data (objects, arrays, strings, numbers,
 * booleans, null; keys holding undefined left out, undefined in arrays written as null). A draft
 * at the import cap is 25 MB of text, over half a second in one task.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    yield '[';
    if (items.length > sliceLength) {
      for (let start = 0; start < items.length; start += sliceLength) {
        const slice = JSON.stringify(items.slice(start, start + sliceLength));
        yield `${start === 0 ? '' : ','}${slice.slice(1, -1)}`;
      }
    } else {
      for (const [index, item] of items.entries()) {
        if (index > 0) yield ',';
        yield* item === undefined ? ['null'] : jsonPieces(item);
      }
    }
    yield ']';
    return;
  }
  if (typeof value === 'object' && value !== null) {
    yield '{';
    let first = true;
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined || typeof child === 'function') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(child);
    }
    yield '}';
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}
