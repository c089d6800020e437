import type { Model, Plot } from '@/model/reportSchema';
import { assignSeriesStyles } from './assignSeriesStyles';
import { choosePlotTypography } from './choosePlotTypography';
import { escapeXmlText } from './escapeXmlText';
import { joinSvgLines } from './joinSvgLines';
import { plotKindDefinitions, type PlotDrawing } from './plotKindDefinitions';
import type { PlotRenderContext } from './plotRenderContext';
import { plotThemes, type PlotThemeName } from './plotThemes';
import { renderBarPlot } from './renderBarPlot';
import { renderCurvePlot } from './renderCurvePlot';
import { renderScatterPlot } from './renderScatterPlot';
import { stripXmlInvalidCharacters } from './stripXmlInvalidCharacters';
import { svgElement } from './svgElement';

export interface RenderPlotOptions {
  width: number;
  height: number;
  theme: PlotThemeName;
  /** Values as the user typed them, by series id (`resolvePlot`), for value labels. */
  valueTexts?: ReadonlyMap<string, string>;
}

const renderers: { readonly [Drawing in PlotDrawing]: (context: PlotRenderContext) => string } = {
  lines: renderCurvePlot,
  points: renderScatterPlot,
  bars: renderBarPlot,
};

const fontFamily = "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

function axisTitle(label: string, unit: string, fallback: string): string {
  const shownLabel = label.trim() === '' ? fallback : label.trim();
  const shownUnit = unit.trim();
  return shownUnit === '' || shownLabel === '' ? shownLabel : `${shownLabel} (${shownUnit})`;
}

/** The plot with its texts cleaned before layout, so that widths are measured on what is written. */
function withCleanTexts(plot: Plot): Plot {
  return {
    ...plot,
    title: stripXmlInvalidCharacters(plot.title),
    caption: stripXmlInvalidCharacters(plot.caption),
    xLabel: stripXmlInvalidCharacters(plot.xLabel),
    xUnit: stripXmlInvalidCharacters(plot.xUnit),
    yLabel: stripXmlInvalidCharacters(plot.yLabel),
    yUnit: stripXmlInvalidCharacters(plot.yUnit),
    series: plot.series.map((series) => ({
      ...series,
      label: stripXmlInvalidCharacters(series.label),
    })),
  };
}

/**
 * A plot as a self-contained SVG document: no scripts, styles, fonts or links, only shapes and
 * escaped text, so the same string can be shown in the app, embedded in Markdown and rasterised
 * for DOCX. The output depends only on the arguments, so it can be compared with golden files.
 * Long series are downsampled for display; the plot itself is not changed.
 */
export function renderPlotSvg(
  plot: Plot,
  models: readonly Model[],
  options: RenderPlotOptions,
): string {
  const cleaned = withCleanTexts(plot);
  const width = Math.max(Math.round(options.width), 160);
  const height = Math.max(Math.round(options.height), 120);
  const theme = plotThemes[options.theme];
  const definition = plotKindDefinitions[cleaned.kind];
  const defaults = definition.defaultAxisLabels;
  const context: PlotRenderContext = {
    plot: cleaned,
    width,
    height,
    theme,
    typography: choosePlotTypography(width, height, theme.lineWidth),
    styles: assignSeriesStyles(cleaned.series, models, theme.palette),
    xTitle: axisTitle(cleaned.xLabel, cleaned.xUnit, defaults.x),
    yTitle: axisTitle(cleaned.yLabel, cleaned.yUnit, defaults.y),
    valueTexts: options.valueTexts ?? new Map(),
  };
  const title = cleaned.title.trim();
  const caption = cleaned.caption.trim();
  return svgElement(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'font-family': fontFamily,
    },
    joinSvgLines([
      title === '' ? '' : svgElement('title', {}, escapeXmlText(title)),
      caption === '' ? '' : svgElement('desc', {}, escapeXmlText(caption)),
      svgElement('rect', { width, height, fill: theme.background }),
      renderers[definition.drawing](context),
    ]),
  );
}
