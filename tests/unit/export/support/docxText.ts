const textPieces = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<\/w:p>/gu;

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/gu, (_, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name] ?? '';
  });
}

/** The text of a WordprocessingML part as a reader shows it: breaks as `\n`, a paragraph per line. */
export function docxText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(textPieces)) {
    if (match[1] !== undefined) text += unescapeXml(match[1]);
    else if (match[0] === '<w:tab/>') text += '\t';
    else text += '\n';
  }
  return text;
}
