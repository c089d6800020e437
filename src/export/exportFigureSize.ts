/**
 * The size every exported figure is drawn at, in SVG pixels: about 6.3 in (the text width of an
 * A4 or Letter page) at 115 px per inch, so its text prints at 8–11 pt. Word gets the same
 * drawing rasterized at `docxPixelWidth`, over 250 dpi at that width.
 */
export const exportFigureSize = {
  width: 720,
  height: 450,
  docxPixelWidth: 1600,
} as const;
