import type { Plot, Report } from '@/model/reportSchema';
import { encodeBase64 } from './encodeBase64';
import { renderExportFigureSvg } from './renderExportFigureSvg';

/** A plot as the Markdown export embeds it: its light SVG figure as a base64 data URI. */
export function markdownFigureDataUri(report: Report, plot: Plot): string {
  return `data:image/svg+xml;base64,${encodeBase64(renderExportFigureSvg(report, plot, 'light'))}`;
}
