import type { DocxFigureImage } from '@/export/docxFigureImage';
import { exportFigureSize } from '@/export/exportFigureSize';
import { renderExportFigureSvg } from '@/export/renderExportFigureSvg';
import type { Report } from '@/model/reportSchema';
import { rasterizeSvg } from './rasterizeSvg';

/**
 * Every plot of the report as a print-resolution PNG for Word, by plot id. A plot that cannot be
 * drawn is left out, so the document still gets its caption and description instead of failing.
 */
export async function rasterizeReportFigures(
  report: Report,
): Promise<Map<string, DocxFigureImage>> {
  const widthPx = exportFigureSize.docxPixelWidth;
  const heightPx = Math.round((widthPx * exportFigureSize.height) / exportFigureSize.width);
  const figures = new Map<string, DocxFigureImage>();
  // Without a page to draw in (tests, old browsers) Word gets the captions and descriptions alone.
  if (typeof document === 'undefined' || typeof Image === 'undefined') return figures;
  for (const plot of report.results.plots) {
    try {
      const svg = renderExportFigureSvg(report, plot, 'print');
      figures.set(plot.id, { png: await rasterizeSvg(svg, widthPx, heightPx), widthPx, heightPx });
    } catch (error) {
      console.warn(`Figure "${plot.title}" was left out of the Word file:`, error);
    }
  }
  return figures;
}
