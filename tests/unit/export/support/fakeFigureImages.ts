import type { DocxFigureImage } from '@/export/docxFigureImage';
import type { Report } from '@/model/reportSchema';
import { solidPng } from './solidPng';

/** A distinct small PNG per plot of the report, standing in for what the page rasterizes. */
export function fakeFigureImages(
  report: Report,
  width = 32,
  height = 20,
): Map<string, DocxFigureImage> {
  return new Map(
    report.results.plots.map((plot, index) => [
      plot.id,
      {
        png: solidPng(width, height, [(index * 60) % 256, 90, Math.abs(200 - index * 50) % 256]),
        widthPx: width,
        heightPx: height,
      },
    ]),
  );
}
