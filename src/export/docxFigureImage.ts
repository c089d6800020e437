/** A figure rasterized for Word: PNG bytes and their size in pixels, keyed by plot id where used. */
export interface DocxFigureImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}
