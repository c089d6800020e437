/** A4 width minus two 1-inch margins, in twips. */
export const textWidth = 11906 - 2 * 1440;
export const cellMargins = { top: 50, bottom: 50, left: 100, right: 100 } as const;

/** About how wide a character of Calibri is at a font size in half-points, in twips, with some slack. */
function characterWidth(size: number): number {
  return size * 6;
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/u).map((word) => word.length));
}

/**
 * Column widths in twips, much as a browser lays out a table: columns that want less than an even
 * share get what they want, the others share the rest by how much they want, and none is narrower
 * than its longest word (an e-mail address stays whole), unless the longest words together are
 * wider than the page: then each gets its part of the page. Written into the table, so Word,
 * LibreOffice and the page layout that numbers the contents all draw the same columns.
 *
 * `columns` holds each column's texts, its header first; `size` is the font size in half-points.
 */
export function docxColumnWidths(columns: readonly (readonly string[])[], size: number): number[] {
  const padding = cellMargins.left + cellMargins.right + 40;
  const longestWords = columns.map(
    (column) =>
      Math.min(40, Math.max(0, ...column.map(longestWord))) * characterWidth(size) * 1.1 + padding,
  );
  const longestWordsWidth = longestWords.reduce((total, width) => total + width, 0);
  const minimums = longestWords.map((width) =>
    longestWordsWidth <= textWidth ? width : (width * textWidth) / longestWordsWidth,
  );
  const wishes = columns.map((column, index) =>
    Math.max(
      minimums[index] ?? 0,
      // A header may wrap between its words; only the body's texts ask for a wider column.
      Math.min(60, Math.max(0, ...column.slice(1).map((text) => text.length))) *
        characterWidth(size) +
        padding,
    ),
  );
  const widths: (number | undefined)[] = wishes.map(() => undefined);
  let room = textWidth;
  for (;;) {
    const open = wishes.flatMap((wish, index) =>
      widths[index] === undefined ? [{ wish, index }] : [],
    );
    if (open.length === 0) break;
    const share = room / open.length;
    const satisfied = open.filter(({ wish }) => wish <= share);
    if (satisfied.length === 0) {
      const wanted = open.reduce((total, { wish }) => total + wish, 0);
      for (const { wish, index } of open) {
        widths[index] = Math.max(minimums[index] ?? 0, (room * wish) / wanted);
      }
      break;
    }
    for (const { wish, index } of satisfied) {
      widths[index] = wish;
      room -= wish;
    }
  }
  const resolved = widths.map((width) => width ?? 0);
  const total = resolved.reduce((sum, width) => sum + width, 0);
  return resolved.map((width) => Math.floor((width * textWidth) / total));
}
