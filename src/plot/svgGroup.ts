import { joinSvgLines } from './joinSvgLines';
import { svgElement, type SvgAttributeValue } from './svgElement';

/** A `<g>` around the given elements, or nothing when there are none. */
export function svgGroup(
  attributes: Readonly<Record<string, SvgAttributeValue>>,
  children: readonly string[],
): string {
  const content = joinSvgLines(children);
  return content === '' ? '' : svgElement('g', attributes, content);
}
