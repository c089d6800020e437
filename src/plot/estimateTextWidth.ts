// Advance widths of Helvetica (and the metric-compatible Arial and Liberation Sans) for U+0020–U+007E, in 1/1000 em.
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const otherWidth = 600;
const wideWidth = 1000;
const boldFactor = 1.07;

function characterWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return asciiWidths[codePoint - 0x20] ?? otherWidth;
  // CJK, Hangul, full-width forms and emoji take a full em in every font.
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    codePoint >= 0x1f300
  )
    return wideWidth;
  return otherWidth;
}

/**
 * Width in pixels a sans-serif text takes, without a DOM to measure it. Deliberately a little
 * generous so that layouts computed from it do not overlap in the fonts a reader may have.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const character of text) total += characterWidth(character.codePointAt(0) ?? 0x20);
  return (total / 1000) * fontSize * (bold ? boldFactor : 1);
}
