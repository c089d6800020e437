import type { Plot } from '@/model/reportSchema';

/** Loss curves when any chosen column is a loss ("train/loss", "eval_loss"), else metric curves. */
export function suggestPlotKind(
  yColumns: readonly string[],
): Extract<Plot['kind'], 'loss-curve' | 'metric-curve'> {
  return yColumns.some((column) => /loss/iu.test(column)) ? 'loss-curve' : 'metric-curve';
}
