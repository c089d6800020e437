import { useDeferredValue, useMemo } from 'react';
import type { Model, Plot } from '@/model/reportSchema';
import { describePlotImage } from '@/plot/describePlotImage';
import type { PlotThemeName } from '@/plot/plotThemes';
import { renderFigureSvg } from '@/plot/renderFigureSvg';
import { usePlotTheme } from './usePlotTheme';

/** The size plots are drawn at on screen: the export size, so the app shows what the files get. */
const drawnSize = { width: 720, height: 450 } as const;

const noValueTexts: ReadonlyMap<string, string> = new Map();

/**
 * A plot drawn by the one SVG renderer and shown as an image (never as inserted markup), in the
 * colours of the app's light or dark theme. Typing in a plot's fields stays responsive: the title
 * and caption are not part of the drawing, so editing them never redraws it, and other edits
 * redraw when the browser has time. A new plot (opening a section or a report) is first drawn in
 * a later, interruptible render, so ten plots of 10,000 points do not lengthen the task that
 * shows the section.
 */
export function PlotImage({
  plot,
  models,
  valueTexts = noValueTexts,
  theme: requestedTheme,
}: {
  plot: Plot;
  models: readonly Model[];
  /** Values as typed, by series id (`resolvePlot`). */
  valueTexts?: ReadonlyMap<string, string>;
  /** The app's theme when not given. */
  theme?: PlotThemeName | undefined;
}) {
  const appTheme = usePlotTheme();
  const theme = requestedTheme ?? appTheme;
  const shownPlot = useDeferredValue<Plot | null>(plot, null);
  const shownModels = useDeferredValue(models);
  const source = useMemo(() => {
    if (shownPlot === null) return undefined;
    const { id, kind, xLabel, xUnit, yLabel, yUnit, logScale, derivation, series } = shownPlot;
    const drawn: Plot = {
      id,
      kind,
      derivation,
      title: '',
      caption: '',
      xLabel,
      xUnit,
      yLabel,
      yUnit,
      logScale,
      series,
    };
    const svg = renderFigureSvg(drawn, shownModels, { ...drawnSize, theme, valueTexts });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    // Only what is drawn: a new title or caption keeps the drawing.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [
    shownPlot?.id,
    shownPlot?.kind,
    shownPlot?.xLabel,
    shownPlot?.xUnit,
    shownPlot?.yLabel,
    shownPlot?.yUnit,
    shownPlot?.logScale,
    shownPlot?.series,
    shownModels,
    theme,
    valueTexts,
  ]);
  if (shownPlot === null || source === undefined)
    return <div className="plot-image plot-image--drawing" aria-busy="true" />;
  return (
    <img
      className="plot-image"
      src={source}
      alt={describePlotImage(shownPlot, valueTexts)}
      width={drawnSize.width}
      height={drawnSize.height}
    />
  );
}
