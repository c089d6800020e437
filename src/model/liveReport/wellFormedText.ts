// With the u flag a surrogate pair is one code point, so only lone halves match.
const loneSurrogate = /[\uD800-\uDFFF]/u;
const loneSurrogates = /[\uD800-\uDFFF]/gu;

/**
 * The text with each lone surrogate replaced by U+FFFD. Yjs sends text as UTF-8, which cannot
 * carry a lone surrogate, so a replica that received it would hold U+FFFD while the writer kept
 * the original: written as U+FFFD from the start, every replica holds the same text.
 */
export function wellFormedText(text: string): string {
  return loneSurrogate.test(text) ? text.replace(loneSurrogates, '\uFFFD') : text;
}
