import { Window } from 'happy-dom';
import { xmlInvalidCharacter as invalidCharacter } from './xmlInvalidCharacter';

const reference = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);|&/gu;
const predefinedEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const parser = new new Window().DOMParser();

function isXmlCharacter(codePoint: number): boolean {
  return (
    !Number.isNaN(codePoint) &&
    codePoint <= 0x10ffff &&
    !invalidCharacter.test(String.fromCodePoint(codePoint))
  );
}

/**
 * What makes a text not well-formed XML, or nothing. happy-dom's parser checks the element
 * structure but accepts any character and entity, so those are checked here as the XML spec says.
 */
export function findXmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const character = invalidCharacter.exec(xml);
  if (character !== null) {
    const codePoint = character[0].codePointAt(0) ?? 0;
    problems.push(
      `invalid character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at ${character.index}`,
    );
  }
  for (const match of xml.matchAll(reference)) {
    const name = match[1];
    if (name === undefined) problems.push(`bare & at ${match.index}`);
    else if (name.startsWith('#')) {
      const codePoint = name.startsWith('#x')
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
      if (!isXmlCharacter(codePoint))
        problems.push(`reference to an invalid character &${name}; at ${match.index}`);
    } else if (!predefinedEntities.has(name))
      problems.push(`undefined entity &${name}; at ${match.index}`);
    if (problems.length > 5) break;
  }
  const document = parser.parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error !== undefined) problems.push(`parser: ${error.textContent.slice(0, 200)}`);
  return problems;
}
