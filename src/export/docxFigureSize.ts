import { exportFigureSize } from './exportFigureSize';

/** The size in pixels every figure is rasterized at for Word: the export drawing at `docxPixelWidth`. */
export const docxFigureSize = {
  widthPx: exportFigureSize.docxPixelWidth,
  heightPx: Math.round(
    (exportFigureSize.docxPixelWidth * exportFigureSize.height) / exportFigureSize.width,
  ),
} as const;
