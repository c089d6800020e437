import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Report } from '@/model/reportSchema';
import { buildReportOutline } from './buildReportOutline';
import { listOutlineFigures } from './listOutlineFigures';
import { markdownFigurePath } from './markdownFigurePath';
import { renderExportFigureSvg } from './renderExportFigureSvg';
import { writeMarkdown } from './writeMarkdown';

/** Zip entries carry a date; a fixed one keeps the archive the same for the same report. */
const entryDate = new Date('2000-01-01T00:00:00Z');

/**
 * "Markdown + figures": a .zip with report.md and each figure as figures/figure-N.svg, which
 * report.md shows by relative path, so the report reads on hosts that refuse data URIs (GitHub).
 */
export function buildMarkdownArchive(report: Report): Uint8Array {
  const outline = buildReportOutline(report);
  const files: Zippable = {
    'report.md': strToU8(
      writeMarkdown(report, outline, (_plotIndex, figure) => markdownFigurePath(figure.number)),
    ),
  };
  for (const figure of listOutlineFigures(outline)) {
    const plot = report.results.plots.find((candidate) => candidate.id === figure.plotId);
    if (plot === undefined) continue;
    files[markdownFigurePath(figure.number)] = strToU8(
      renderExportFigureSvg(report, plot, 'light'),
    );
  }
  return zipSync(files, { level: 6, mtime: entryDate });
}
