/** Any character outside XML 1.0's Char production: tab, newline, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
export const xmlInvalidCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
