import { docxTheme } from './docxTheme';

/** A4 height minus two 1-inch margins, in twips. */
export const textHeight = 16838 - 2 * 1440;

/** About how wide an average character of Calibri is at a font size in half-points, in twips. */
function averageCharacterWidth(size: number): number {
  return size * 5;
}

/**
 * Single line spacing of Calibri is about 1.22 times its size (half-points to twips is 10), and
 * table text asks for at least `docxTheme.tableLineHeight`.
 */
function lineHeight(size: number): number {
  return Math.max(docxTheme.tableLineHeight, size * 10 * 1.22);
}

/** The border between two rows, in twips. */
const rowBorder = 10;

/** How many lines a text takes in a cell of a width, wrapping between words. */
function linesIn(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / averageCharacterWidth(size)));
  return text
    .split('\n')
    .reduce((total, paragraph) => total + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

export interface TableCellText {
  text: string;
  /** The cell's width less its left and right margins, in twips. */
  width: number;
}

/** About how tall a row of cells is, in twips: its tallest cell plus the cell margins. */
export function estimateRowHeight(
  cells: readonly TableCellText[],
  size: number,
  verticalMargins: number,
): number {
  const lines = Math.max(1, ...cells.map((cell) => linesIn(cell.text, cell.width, size)));
  return lines * lineHeight(size) + verticalMargins + rowBorder;
}

/** Tables shorter than this share of a page (room for their caption) are never split. */
const wholeTableShare = 0.95;
/** A split leaves at least this many rows under the header on each side of the break. */
const rowsAtBreak = 3;

/**
 * Which body rows are kept with the row after them ("keep with next" on their paragraphs). A table
 * that fits on most of a page is kept whole, so it starts on the next page rather than at a page
 * foot; a longer one may break, but never leaves fewer than three rows at a page foot or at the
 * top of the next page. The header row is kept with the first row by its caller.
 */
export function tableRowsKeptWithNext(
  headerHeight: number,
  bodyRowHeights: readonly number[],
): boolean[] {
  const count = bodyRowHeights.length;
  const total = bodyRowHeights.reduce((sum, height) => sum + height, headerHeight);
  if (total <= wholeTableShare * textHeight) {
    return bodyRowHeights.map((_, index) => index < count - 1);
  }
  return bodyRowHeights.map(
    (_, index) => index < rowsAtBreak - 1 || (index >= count - rowsAtBreak && index < count - 1),
  );
}
