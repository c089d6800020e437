import type { Plot } from '@/model/reportSchema';

/** A figure drawn from the metric table and model cards, with what a reader should know. */
export interface DerivedPlot {
  plot: Plot;
  /** Why a model is missing from the figure, or which metric was chosen. */
  problems: string[];
  /** Each series' value as the user typed it ("87.0"), by series id, for value labels. */
  valueTexts: ReadonlyMap<string, string>;
}
