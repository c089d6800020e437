import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExampleReport } from '../src/model/createExampleReport';
import { renderPlotSvg } from '../src/plot/renderPlotSvg';
import type { PlotThemeName } from '../src/plot/plotThemes';

// Writes every plot of the example report as SVG, per theme, to look at: tsx scripts/renderExamplePlots.ts [directory]
const directory = resolve(process.argv[2] ?? join(tmpdir(), 'ml-report-studio-plots'));
const themes: PlotThemeName[] = ['light', 'dark', 'print'];
const report = createExampleReport();
mkdirSync(directory, { recursive: true });
for (const plot of report.results.plots) {
  for (const theme of themes) {
    const file = join(directory, `${plot.id}-${theme}.svg`);
    writeFileSync(
      file,
      renderPlotSvg(plot, report.models.models, { width: 800, height: 500, theme }),
    );
    console.log(`Wrote ${file}`);
  }
}
