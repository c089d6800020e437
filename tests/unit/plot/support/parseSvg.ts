import { Window } from 'happy-dom';

const parser = new new Window().DOMParser();

/** Parses an SVG document as a browser loading an .svg file would, failing on malformed markup. */
export function parseSvg(svg: string): Document {
  const document = parser.parseFromString(svg, 'image/svg+xml') as unknown as Document;
  const error = document.getElementsByTagName('parsererror')[0];
  if (error !== undefined)
    throw new Error(`Not well-formed: ${error.textContent?.slice(0, 300) ?? ''}`);
  return document;
}
