import type { Model, Plot } from '@/model/reportSchema';
import { renderPlotSvg, type RenderPlotOptions } from './renderPlotSvg';

/**
 * A plot drawn to sit above its numbered caption ("Figure N: title …"), in the app and in every
 * export: the caption carries the title, so the image leaves it out instead of repeating it.
 */
export function renderFigureSvg(
  plot: Plot,
  models: readonly Model[],
  options: RenderPlotOptions,
): string {
  return renderPlotSvg({ ...plot, title: '' }, models, options);
}
