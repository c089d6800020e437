/** A figure rasterized for Word: PNG bytes and their size in pixels, keyed by plot id where used. */
export interface DocxFigureImage {
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/** Each plot's figure for Word, by plot id. */
export type DocxFigures = ReadonlyMap<string, DocxFigureImage>;
