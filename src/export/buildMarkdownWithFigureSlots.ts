import type { Report } from '@/model/reportSchema';
import { buildReportOutline } from './buildReportOutline';
import { markdownFigureDataUri } from './markdownFigureDataUri';
import { writeMarkdown } from './writeMarkdown';

/** The embedded Markdown export with each figure's image address left out, to be drawn elsewhere. */
export interface MarkdownWithFigureSlots {
  /** The text around the left-out addresses: piece 0, address 0, piece 1, … */
  pieces: string[];
  /** For each left-out address in order, the index of its plot in `report.results.plots`. */
  plotIndices: number[];
}

// U+FFFF cannot come from the report: every exported text is stripped of it (sanitizeExportText).
const slotPattern = /\uFFFF(\d+)\uFFFF/u;

/**
 * `buildMarkdown(report)` in pieces, with each figure's data URI (markdownFigureDataUri) left out:
 * joined with them in order, the pieces give exactly that text. Drawing the figures is about half
 * of the work, and the page can do it while a worker writes the rest.
 */
export function buildMarkdownWithFigureSlots(report: Report): MarkdownWithFigureSlots {
  const outline = buildReportOutline(report);
  const plotIndices: number[] = [];
  const markdown = writeMarkdown(report, outline, (plotIndex) => {
    plotIndices.push(plotIndex);
    return `\uFFFF${plotIndices.length - 1}\uFFFF`;
  });
  const split = markdown.split(slotPattern);
  const pieces = split.filter((_, index) => index % 2 === 0);
  const slots = split.filter((_, index) => index % 2 === 1);
  if (slots.length === plotIndices.length && slots.every((slot, index) => slot === `${index}`))
    return { pieces, plotIndices };
  // Never expected: then the figures are drawn here and there is nothing to fill in.
  const embedded = writeMarkdown(report, outline, (plotIndex) => {
    const plot = report.results.plots[plotIndex];
    return plot === undefined ? '' : markdownFigureDataUri(report, plot);
  });
  return { pieces: [embedded], plotIndices: [] };
}
