import type { Plot, Report } from '@/model/reportSchema';
import type { PlotThemeName } from '@/plot/plotThemes';
import { renderFigureSvg } from '@/plot/renderFigureSvg';
import { exportFigureSize } from './exportFigureSize';

/** A report's plot drawn as every export shows it, at the export size. */
export function renderExportFigureSvg(report: Report, plot: Plot, theme: PlotThemeName): string {
  return renderFigureSvg(plot, report.models.models, {
    width: exportFigureSize.width,
    height: exportFigureSize.height,
    theme,
  });
}
