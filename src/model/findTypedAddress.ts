import { safeLinkHref } from './richText';

export interface TypedAddress {
  /** Offsets in the word: the address is `word.slice(start, end)`. */
  start: number;
  end: number;
  href: string;
}

const explicitScheme = /^(?:https?:\/\/|mailto:|doi:)/iu;
const openingMarks = new Set(['(', '[', '{', '<', '"', "'", '‘', '“']);
const closingPunctuation = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '’', '”', '>']);
const bracketPairs: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * The address written with its scheme (http://, https://, mailto:, doi:) in a word the user has
 * just finished typing, without the sentence's punctuation around it: in
 * `(see https://example.com/a_(b)).` it is `https://example.com/a_(b)`.
 */
export function findTypedAddress(word: string): TypedAddress | undefined {
  let start = 0;
  while (start < word.length && openingMarks.has(word.charAt(start))) start += 1;
  let end = word.length;
  while (end > start) {
    const last = word.charAt(end - 1);
    const opening = bracketPairs[last];
    // A closing bracket stays when it closes one opened inside the address.
    const closesInside =
      opening !== undefined &&
      count(word.slice(start, end - 1), opening) > count(word.slice(start, end - 1), last);
    if (!closingPunctuation.has(last) && (opening === undefined || closesInside)) break;
    end -= 1;
  }
  const address = word.slice(start, end);
  if (!explicitScheme.test(address)) return undefined;
  const href = safeLinkHref(address);
  return href === undefined ? undefined : { start, end, href };
}
