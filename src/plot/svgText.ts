import { escapeXmlText } from './escapeXmlText';
import { svgElement, type SvgAttributeValue } from './svgElement';

/** A `<text>` element holding user text, escaped. */
export function svgText(
  text: string,
  attributes: Readonly<Record<string, SvgAttributeValue>>,
): string {
  return svgElement('text', attributes, escapeXmlText(text));
}
