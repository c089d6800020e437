/** A heading as the alias tables key it: lower case, no numbering ("5. "), "&" as "and", no colon. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/u, '')
    .replaceAll('&', 'and')
    .replace(/\s+/gu, ' ')
    .replace(/[\s:]+$/u, '')
    .trim();
}
