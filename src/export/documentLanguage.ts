/**
 * The language every exported document is marked with, for screen readers and spelling checkers:
 * the labels, headings and captions the exporters write are English.
 */
export const documentLanguage = 'en-US';
