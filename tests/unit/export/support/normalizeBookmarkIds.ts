/** Numbers docx's `_Toc` bookmarks from 1 in order of first use, as a fresh export worker does. */
export function normalizeBookmarkIds(documentXml: string): string {
  const numbers = new Map<string, number>();
  const numberOf = (id: string): number => {
    const known = numbers.get(id);
    if (known !== undefined) return known;
    numbers.set(id, numbers.size + 1);
    return numbers.size;
  };
  return documentXml
    .replace(/_Toc(\d+)/gu, (_, id: string) => `_Toc${numberOf(id)}`)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/gu,
      (_, start: string, id: string) => `${start}${numberOf(id)}"`,
    );
}
