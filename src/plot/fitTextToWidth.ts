import { estimateTextWidth } from './estimateTextWidth';

const ellipsis = '\u2026';

function truncate(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const characters = [...text];
  while (
    characters.length > 0 &&
    estimateTextWidth(`${characters.join('').trimEnd()}${ellipsis}`, fontSize, bold) > maxWidth
  )
    characters.pop();
  return `${characters.join('').trimEnd()}${ellipsis}`;
}

/** Cuts a word wider than a line into line-wide pieces. */
function splitLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && estimateTextWidth(piece + character, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Wraps a text into at most `maxLines` lines no wider than `maxWidth` (whitespace, newlines
 * included, collapses to single spaces), ending the last line with an ellipsis when it is cut.
 */
export function fitTextToWidth(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const words = text
    .split(/\s+/u)
    .filter((word) => word !== '')
    .flatMap((word) => splitLongWord(word, maxWidth, fontSize, bold));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize, bold) <= maxWidth)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(maxLines - 1, 0));
  const rest = lines.slice(kept.length).join(' ');
  return maxLines <= 0 ? [] : [...kept, truncate(rest, maxWidth, fontSize, bold)];
}
