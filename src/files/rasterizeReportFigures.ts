import type { DocxFigureImage } from '@/export/docxFigureImage';
import { docxFigureSize } from '@/export/docxFigureSize';
import type { DocxFiguresToFollow } from '@/export/packDocx';
import { renderExportFigureSvg } from '@/export/renderExportFigureSvg';
import type { Report } from '@/model/reportSchema';
import { yieldToMainThread } from '@/platform/yieldToMainThread';
import { createSvgRasterizer, type SvgRasterizer } from './rasterizeSvg';

/**
 * The PNG of each figure the last Word export drew, by its SVG text, so a figure drawn the same
 * again is not rasterized again (65–110 ms of the page each). Keyed by the drawing, not the plot:
 * a drawing also follows the models it names, and a derived plot the metric table.
 */
let drawnBefore: ReadonlyMap<string, Uint8Array> = new Map();

/** Whether this page can draw figures for Word: tests and old browsers get the captions alone. */
export function canRasterizeFigures(): boolean {
  return typeof document !== 'undefined' && typeof Image !== 'undefined';
}

/** The size each plot's figure is drawn at for Word, by plot id. */
export function reportFigureSizes(report: Report): DocxFiguresToFollow['sizes'] {
  return new Map(report.results.plots.map((plot) => [plot.id, docxFigureSize]));
}

/**
 * A rasterizer made in a task of its own: setting up its canvas takes longer than drawing a
 * figure.
 */
async function createRasterizerApart(width: number, height: number): Promise<SvgRasterizer> {
  await yieldToMainThread();
  const rasterizer = createSvgRasterizer(width, height);
  await yieldToMainThread();
  return rasterizer;
}

/**
 * Every plot of the report as a print-resolution PNG for Word, by plot id, each the caller's to
 * hand over. A plot that cannot be drawn is left out, so the document still gets its caption and
 * description instead of failing. Each figure is drawn in tasks of its own, after the caller's.
 */
export async function rasterizeReportFigures(
  report: Report,
): Promise<Map<string, DocxFigureImage>> {
  const { widthPx, heightPx } = docxFigureSize;
  const figures = new Map<string, DocxFigureImage>();
  if (!canRasterizeFigures()) return figures;
  const drawn = new Map<string, Uint8Array>();
  let rasterizer: SvgRasterizer | undefined;
  for (const plot of report.results.plots) {
    await yieldToMainThread();
    try {
      const svg = renderExportFigureSvg(report, plot, 'print');
      let png = drawn.get(svg) ?? drawnBefore.get(svg);
      if (png === undefined) {
        rasterizer ??= await createRasterizerApart(widthPx, heightPx);
        png = await rasterizer(svg);
      }
      drawn.set(svg, png);
      figures.set(plot.id, { png: png.slice(), widthPx, heightPx });
    } catch (error) {
      console.warn(`Figure "${plot.title}" was left out of the Word file:`, error);
    }
  }
  drawnBefore = drawn;
  return figures;
}
