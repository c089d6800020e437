/**
 * The longest text JSON.stringify gives a finite number: 17 significant digits after "-0.00000"
 * (numbers from 1e-6 to 1e-5 are written without an exponent), as in -0.0000015257225938868822.
 */
const longestNumberText = 25;

function integerTextLength(value: number): number {
  // Every integer below 1e21 is written with all its digits, and no more than 22 characters.
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest /= 10) length += 1;
  return length;
}

/**
 * Bytes a string takes in JSON at most: its quotes, a control character or lone surrogate escaped
 * as \uXXXX, a quote or backslash escaped, and each other unit as many bytes as UTF-8 needs.
 */
function stringBound(text: string): number {
  let bytes = 2;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) bytes += 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function numberBound(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e21
    ? integerTextLength(value)
    : longestNumberText;
}

/**
 * A number of bytes that the UTF-8 of JSON.stringify(value) never exceeds, found without writing
 * it: a walk that costs a fraction of the writing, so a draft far below a size limit needs no
 * writing at all. Plain JSON data only (what JSON.parse gives and what a report holds).
 */
export function jsonSizeUpperBound(value: unknown): number {
  if (typeof value === 'number') return numberBound(value);
  if (typeof value === 'string') return stringBound(value);
  if (typeof value === 'boolean') return 5;
  // undefined and functions are left out by JSON.stringify, or written as null in arrays.
  if (typeof value !== 'object' || value === null) return 4;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    let bytes = 2 + items.length;
    // Plot points are most of a large draft: their numbers are counted without a call each.
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      bytes += typeof item === 'number' ? numberBound(item) : jsonSizeUpperBound(item);
    }
    return bytes;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let bytes = 2 + keys.length;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] ?? '';
    bytes += stringBound(key) + 1 + jsonSizeUpperBound(record[key]);
  }
  return bytes;
}
