import { SaxesParser, type SaxesTagNS } from 'saxes';

export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const word2012Namespace = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const word2010Namespace = 'http://schemas.microsoft.com/office/word/2010/wordml';

export interface XmlElement {
  /** The name without its prefix, e.g. `bookmarkStart`. */
  local: string;
  uri: string;
  /** The value of the attribute with this local name in this namespace. */
  attribute: (local: string, uri: string) => string | undefined;
}

export interface XmlVisitor {
  open: (element: XmlElement) => void;
  close: (element: XmlElement) => void;
  text: (text: string) => void;
}

function elementOf(tag: SaxesTagNS): XmlElement {
  return {
    local: tag.local,
    uri: tag.uri,
    attribute: (local, uri) => {
      for (const attribute of Object.values(tag.attributes))
        if (attribute.local === local && attribute.uri === uri) return attribute.value;
      return undefined;
    },
  };
}

// A document type could declare entities that expand to gigabytes; a Word part never has one.
const documentTypeDeclaration = /<!(?:DOCTYPE|ENTITY)/iu;

/**
 * Reads one XML part with saxes (a strict, non-validating streaming parser that expands only the
 * five predefined entities), calling the visitor in document order. Returns a problem, or undefined.
 */
export function walkXml(partName: string, xml: string, visitor: XmlVisitor): string | undefined {
  if (documentTypeDeclaration.test(xml))
    return `Its part ${partName} declares a document type or entities, which a Word file never does.`;
  const parser = new SaxesParser({ xmlns: true, position: false });
  let problem: string | undefined;
  parser.on('opentag', (tag) => visitor.open(elementOf(tag)));
  parser.on('closetag', (tag) => visitor.close(elementOf(tag)));
  parser.on('text', (text) => visitor.text(text));
  parser.on('cdata', (text) => visitor.text(text));
  parser.on('error', (error) => {
    problem ??= `Its part ${partName} is not well-formed XML (${error.message}).`;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    problem ??= `Its part ${partName} cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
  return problem;
}
