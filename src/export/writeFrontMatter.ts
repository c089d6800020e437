import { stringify } from 'yaml';

/**
 * Characters the yaml library leaves raw in a double-quoted scalar (it writes those as JSON does)
 * but a YAML reader refuses or reads differently: DEL and the C1 controls are not printable in
 * YAML, YAML 1.1 readers (pandoc's among them) end a line at U+0085, U+2028 and U+2029, a byte
 * order mark may only start a stream, and U+FFFE/U+FFFF are not characters.
 */
const rawInQuotedScalar = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/gu;

function escapeAsYaml(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * YAML front matter (between `---` lines) that every YAML reader, 1.1 or 1.2, reads back as exactly
 * these values: each string double-quoted, so `yes`, `1.0` or `2025-03-14` stay text; numbers and
 * booleans plain.
 */
export function writeFrontMatter(entries: Readonly<Record<string, unknown>>): string {
  const yaml = stringify(entries, {
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'QUOTE_DOUBLE',
    doubleQuotedAsJSON: true,
  });
  return `---\n${yaml.replace(rawInQuotedScalar, escapeAsYaml)}---\n`;
}
