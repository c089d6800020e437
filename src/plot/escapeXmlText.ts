import { stripXmlInvalidCharacters } from './stripXmlInvalidCharacters';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Makes any text safe as XML character data or as a quoted attribute value: characters XML
 * forbids are dropped (see stripXmlInvalidCharacters) and markup characters escaped.
 */
export function escapeXmlText(text: string): string {
  return stripXmlInvalidCharacters(text).replace(
    /[&<>"']/gu,
    (character) => entities[character] ?? '',
  );
}
