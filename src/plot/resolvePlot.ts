import type { Plot, PlotDerivation, Report } from '@/model/reportSchema';
import { buildMetricBarPlot } from './buildMetricBarPlot';
import { buildSizeVersusPerformancePlot } from './buildSizeVersusPerformancePlot';
import type { DerivedPlot } from './derivedPlot';
import { sizeAxisLabel, type SizeMeasure } from './sizeAxisLabel';

export interface ResolvedPlot {
  /** The plot with the points it shows now. */
  plot: Plot;
  /** Values as typed, by series id, for the value labels of derived figures. */
  valueTexts: ReadonlyMap<string, string>;
}

const derivations: {
  readonly [Derivation in Exclude<PlotDerivation, 'none'>]: (
    report: Report,
    ids: { plotId: string },
  ) => DerivedPlot;
} = {
  'size-vs-performance': buildSizeVersusPerformancePlot,
  'metric-bar': buildMetricBarPlot,
};

const noValueTexts: ReadonlyMap<string, string> = new Map();

const measures: readonly SizeMeasure[] = ['trainableParameters', 'parameterCount'];
/** Size axis titles the app wrote itself; one the author typed is kept. */
const automaticSizeLabels = new Set(
  measures.flatMap((preferred) =>
    [[preferred], [...measures]].map((used) => sizeAxisLabel(new Set(used), preferred)),
  ),
);

/**
 * A plot as it is drawn now. Plots with their own points are returned as they are; a derived plot
 * takes its points (and the unit they are counted in) from the current metric table and model
 * cards, so it follows every later edit, while its title, caption and axis texts stay the author's.
 * A y unit left blank is the metric's unit.
 */
export function resolvePlot(report: Report, plot: Plot): ResolvedPlot {
  if (plot.derivation === 'none') return { plot, valueTexts: noValueTexts };
  const derived = derivations[plot.derivation](report, { plotId: plot.id });
  const xLabel =
    plot.derivation === 'size-vs-performance' && automaticSizeLabels.has(plot.xLabel)
      ? derived.plot.xLabel
      : plot.xLabel;
  return {
    plot: {
      ...plot,
      xLabel,
      xUnit: derived.plot.xUnit,
      yUnit: plot.yUnit.trim() === '' ? derived.plot.yUnit : plot.yUnit,
      series: derived.plot.series,
    },
    valueTexts: derived.valueTexts,
  };
}
