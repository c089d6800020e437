import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Report } from '@/model/reportSchema';
import { buildModelCard } from './buildModelCard';
import { markdownFigurePath } from './markdownFigurePath';
import { renderExportFigureSvg } from './renderExportFigureSvg';

/** Zip entries carry a date; a fixed one keeps the archive the same for the same report. */
const entryDate = new Date('2000-01-01T00:00:00Z');

/** The model card as a .zip: README.md and each figure as figures/figure-N.svg, which it shows. */
export function buildModelCardArchive(report: Report, modelId: string | undefined): Uint8Array {
  const card = buildModelCard(report, { modelId, figures: 'linked' });
  const files: Zippable = { 'README.md': strToU8(card.markdown) };
  for (const figure of card.figures) {
    const plot = report.results.plots.find((candidate) => candidate.id === figure.plotId);
    if (plot !== undefined)
      files[markdownFigurePath(figure.number)] = strToU8(
        renderExportFigureSvg(report, plot, 'light'),
      );
  }
  return zipSync(files, { level: 6, mtime: entryDate });
}
