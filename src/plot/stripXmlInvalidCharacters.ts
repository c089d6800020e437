// With the u flag a surrogate class matches only unpaired surrogates; pairs are read as one code point.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const xmlInvalidCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const carriageReturns = /\r\n?/gu;

/**
 * Text without what XML 1.0 forbids (C0 controls other than tab and newline, U+FFFE, U+FFFF,
 * unpaired surrogates), line endings as \n.
 */
export function stripXmlInvalidCharacters(text: string): string {
  return text.replace(carriageReturns, '\n').replace(xmlInvalidCharacters, '');
}
