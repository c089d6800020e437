import type { Plot, Report } from '@/model/reportSchema';
import type { PlotThemeName } from '@/plot/plotThemes';
import { renderFigureSvg } from '@/plot/renderFigureSvg';
import { resolvePlot } from '@/plot/resolvePlot';
import { exportFigureSize } from './exportFigureSize';

/** A report's plot drawn as every export shows it, at the export size, from the current data. */
export function renderExportFigureSvg(report: Report, plot: Plot, theme: PlotThemeName): string {
  const resolved = resolvePlot(report, plot);
  return renderFigureSvg(resolved.plot, report.models.models, {
    width: exportFigureSize.width,
    height: exportFigureSize.height,
    theme,
    valueTexts: resolved.valueTexts,
  });
}
