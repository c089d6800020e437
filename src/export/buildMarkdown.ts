import type { Report } from '@/model/reportSchema';
import { buildMarkdownWithFigureSlots } from './buildMarkdownWithFigureSlots';
import { buildReportOutline } from './buildReportOutline';
import { interleave } from './interleave';
import { markdownFigureDataUri } from './markdownFigureDataUri';
import { markdownFigurePath } from './markdownFigurePath';
import { writeMarkdown } from './writeMarkdown';

/**
 * How figures reach the reader: `embedded` writes each plot into the file as an SVG data URI, so
 * the one file is complete; `linked` points at `figures/figure-N.svg` beside it (the .zip export).
 */
export interface MarkdownOptions {
  figures?: 'embedded' | 'linked';
}

/** The report as GitHub-flavoured Markdown with YAML front matter and its figures. */
export function buildMarkdown(report: Report, options: MarkdownOptions = {}): string {
  if (options.figures === 'linked')
    return writeMarkdown(report, buildReportOutline(report), (_plotIndex, figure) =>
      markdownFigurePath(figure.number),
    );
  const { pieces, plotIndices } = buildMarkdownWithFigureSlots(report);
  const addresses = plotIndices.map((plotIndex) => {
    const plot = report.results.plots[plotIndex];
    return plot === undefined ? '' : markdownFigureDataUri(report, plot);
  });
  return interleave(pieces, addresses).join('');
}
