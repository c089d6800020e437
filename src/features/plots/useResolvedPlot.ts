import { useMemo } from 'react';
import type { Plot, PlotSeries } from '@/model/reportSchema';
import { resolvePlot, type ResolvedPlot } from '@/plot/resolvePlot';
import { useReportSelector } from '@/context/AppContext';

type DerivedParts = [
  xLabel: string,
  xUnit: string,
  yUnit: string,
  series: PlotSeries[],
  texts: [string, string][],
];

const noValueTexts: ReadonlyMap<string, string> = new Map();

/**
 * A plot as it is drawn now: a derived figure follows the metric table and model cards. The
 * derived parts are compared as text, so an edit that does not change the figure (a key typed in
 * another field) does not redraw it.
 */
export function useResolvedPlot(plotId: string): ResolvedPlot | undefined {
  const plot = useReportSelector((state) =>
    state.document.report.results.plots.find((candidate) => candidate.id === plotId),
  );
  const derivedKey = useReportSelector((state) => {
    const { report } = state.document;
    const stored = report.results.plots.find((candidate) => candidate.id === plotId);
    if (stored === undefined || stored.derivation === 'none') return '';
    const resolved = resolvePlot(report, stored);
    const parts: DerivedParts = [
      resolved.plot.xLabel,
      resolved.plot.xUnit,
      resolved.plot.yUnit,
      resolved.plot.series,
      [...resolved.valueTexts],
    ];
    return JSON.stringify(parts);
  });
  return useMemo((): ResolvedPlot | undefined => {
    if (plot === undefined) return undefined;
    if (derivedKey === '') return { plot, valueTexts: noValueTexts };
    const [xLabel, xUnit, yUnit, series, texts] = JSON.parse(derivedKey) as DerivedParts;
    const resolved: Plot = { ...plot, xLabel, xUnit, yUnit, series };
    return { plot: resolved, valueTexts: new Map(texts) };
  }, [plot, derivedKey]);
}
