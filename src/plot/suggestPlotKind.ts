import type { TablePlotKind } from './plotKindDefinitions';

/** Loss curves when any chosen column is a loss ("train/loss", "eval_loss"), else metric curves. */
export function suggestPlotKind(yColumns: readonly string[]): TablePlotKind {
  return yColumns.some((column) => /loss/iu.test(column)) ? 'loss-curve' : 'metric-curve';
}
