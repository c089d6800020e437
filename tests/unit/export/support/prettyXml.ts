const token = /<[^>]+>|[^<]+/gu;

/** One element per line, indented by depth; an element holding only text stays on its line. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(token) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const current = tokens[index] ?? '';
    const indent = '  '.repeat(depth);
    if (current.startsWith('<?') || current.startsWith('<!') || current.endsWith('/>')) {
      lines.push(indent + current);
    } else if (current.startsWith('</')) {
      depth = Math.max(0, depth - 1);
      lines.push('  '.repeat(depth) + current);
    } else if (current.startsWith('<')) {
      const text = tokens[index + 1];
      const closing = tokens[index + 2];
      if (text !== undefined && !text.startsWith('<') && closing?.startsWith('</') === true) {
        lines.push(indent + current + text + closing);
        index += 2;
      } else {
        lines.push(indent + current);
        depth += 1;
      }
    } else {
      lines.push(indent + current);
    }
  }
  return `${lines.join('\n')}\n`;
}
