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
 * Each column's least width when the longest words do not fit side by side: the widest are cut to
 * one cap, so a long address or hash breaks while short words ("Higher", "3080") stay whole.
 */
function fitLeastWidths(longestWords: readonly number[]): number[] {
  const total = longestWords.reduce((sum, width) => sum + width, 0);
  if (total <= textWidth) return [...longestWords];
  const ascending = [...longestWords].sort((left, right) => left - right);
  let below = 0;
  let cap = textWidth / longestWords.length;
  for (const [index, width] of ascending.entries()) {
    const capHere = (textWidth - below) / (ascending.length - index);
    if (width >= capHere) {
      cap = capHere;
      break;
    }
    below += width;
  }
  return longestWords.map((width) => Math.min(width, cap));
}

/**
 * Column widths in twips, much as a browser lays out a table: columns that want less than an even
 * share get what they want, the others get their longest word and share the rest by how much more
 * they want, and none is narrower than its longest word (an e-mail address stays whole), unless
 * the longest words together are wider than the page: then the longest are cut to fit. Written
 * into the table, so Word, LibreOffice and the page layout that numbers the contents all draw the
 * same columns.
 *
 * `columns` holds each column's texts, its header first; `size` is the font size in half-points.
 */
export function docxColumnWidths(columns: readonly (readonly string[])[], size: number): number[] {
  const padding = cellMargins.left + cellMargins.right + 40;
  const minimums = fitLeastWidths(
    columns.map(
      (column) =>
        Math.min(40, Math.max(0, ...column.map(longestWord))) * characterWidth(size) * 1.1 +
        padding,
    ),
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
  // Each column has its least width; what is left of the page goes to the columns that want more,
  // those wanting less than an even share of it first, as a browser's automatic layout does.
  const extras: (number | undefined)[] = wishes.map(() => undefined);
  let spare = Math.max(0, textWidth - minimums.reduce((total, least) => total + least, 0));
  for (;;) {
    const open = wishes.flatMap((wish, index) =>
      extras[index] === undefined ? [{ wanted: wish - (minimums[index] ?? 0), index }] : [],
    );
    if (open.length === 0) break;
    const share = spare / open.length;
    const satisfied = open.filter(({ wanted }) => wanted <= share);
    if (satisfied.length === 0) {
      const wantedTotal = open.reduce((total, { wanted }) => total + wanted, 0);
      for (const { wanted, index } of open) extras[index] = (spare * wanted) / wantedTotal;
      break;
    }
    for (const { wanted, index } of satisfied) {
      extras[index] = wanted;
      spare -= wanted;
    }
  }
  const widths = minimums.map((least, index) => least + (extras[index] ?? 0));
  // Tables span the text width: what no column asked for is shared by all.
  const total = widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => Math.floor((width * textWidth) / total));
}
