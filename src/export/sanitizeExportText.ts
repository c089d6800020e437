// With the u flag a paired surrogate is one code point, so the surrogate range matches lone halves only.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const xmlInvalidCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
const carriageReturns = /\r\n?/gu;
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const anythingToChange = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/**
 * Text as every exporter writes it: line endings as `\n`, without the characters XML 1.0 forbids
 * (C0 controls other than tab and newline, U+FFFE, U+FFFF, lone surrogates), which make Word refuse a file.
 */
export function sanitizeExportText(text: string): string {
  // One scan for the usual clean text instead of two replacements.
  if (!anythingToChange.test(text)) return text;
  return text.replace(carriageReturns, '\n').replace(xmlInvalidCharacters, '');
}
