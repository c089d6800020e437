import { escapeXmlText } from './escapeXmlText';

export type SvgAttributeValue = string | number | undefined;

function formatAttribute(value: string | number): string {
  if (typeof value === 'string') return escapeXmlText(value);
  // Hundredths of a pixel are invisible, and fixed rounding keeps golden files stable.
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * One SVG element as text. Attribute values are escaped and numbers rounded to hundredths;
 * `content` is inserted as is, so callers escape text with escapeXmlText.
 */
export function svgElement(
  name: string,
  attributes: Readonly<Record<string, SvgAttributeValue>>,
  content?: string,
): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${formatAttribute(value)}"`)
    .join('');
  return content === undefined || content === ''
    ? `<${name}${written}/>`
    : `<${name}${written}>${content}</${name}>`;
}
