import { scaleBand } from 'd3-scale';
import { formatNumber } from '@/model/numberInput';
import { estimateTextWidth } from './estimateTextWidth';
import { fitTextToWidth } from './fitTextToWidth';
import { joinSvgLines } from './joinSvgLines';
import { planNumericAxis } from './planNumericAxis';
import type { PlotFrame, PlotRenderContext } from './plotRenderContext';
import { renderAxisTitle } from './renderAxisTitle';
import { renderNoData } from './renderNoData';
import { renderNumericAxis } from './renderNumericAxis';
import { renderTitleBlock } from './renderTitleBlock';
import { seriesLegendLabel } from './seriesLegendLabel';
import { svgElement } from './svgElement';
import { svgText } from './svgText';

const maxCategoryLines = 2;
const rotation = 40;
const rotationCosine = Math.cos((rotation * Math.PI) / 180);
const rotationSine = Math.sin((rotation * Math.PI) / 180);

function formatBarValue(value: number, typed: string | undefined): string {
  const plain = typed ?? formatNumber(value);
  const short = plain.length <= 8 ? plain : String(Number(value.toPrecision(4)));
  return short.replace('-', '\u2212');
}

function wrapsWithoutCut(label: string, lines: readonly string[]): boolean {
  return (
    lines.join(' ') ===
    label
      .split(/\s+/u)
      .filter((word) => word !== '')
      .join(' ')
  );
}

/**
 * The primary metric by model: one bar per series from zero to the series' last value, the value
 * written above it and the series label under it. A log scale is ignored because a bar's length
 * only means something from zero.
 */
export function renderBarPlot(context: PlotRenderContext): string {
  const { plot, styles, typography, theme, width, height } = context;
  const { padding, tickSize, tickLength, axisTitleSize, scale: sizeScale } = typography;
  const bars = plot.series.flatMap((series, index) => {
    const style = styles[index];
    if (style === undefined) return [];
    const value = series.points.findLast(([, y]) => y !== null)?.[1] ?? null;
    const typed = context.valueTexts.get(series.id);
    return [{ key: `${index}`, label: seriesLegendLabel(series, index), style, value, typed }];
  });
  const values = bars.flatMap(({ value }) => (value === null ? [] : [value]));
  const title = renderTitleBlock(context, []);
  if (values.length === 0) return title.svg + renderNoData(context, title.bottom);

  const valueSize = tickSize;
  const yTitleWidth = context.yTitle === '' ? 0 : axisTitleSize * 1.6;
  const frameTop = title.bottom + valueSize * 1.6;
  const available = width - 2 * padding;
  const bandEstimate = (available * 0.85) / bars.length;
  const categoryLines = bars.map(({ label }) =>
    fitTextToWidth(label, Math.max(bandEstimate * 0.95, tickSize * 4), tickSize, maxCategoryLines),
  );
  // Labels that cannot be wrapped under their bar are written at an angle instead of cut short.
  const rotated = bars.some(
    ({ label }, index) => !wrapsWithoutCut(label, categoryLines[index] ?? []),
  );
  const maxRotatedWidth = Math.min(height * 0.3, 220 * sizeScale);
  const rotatedWidths = bars.map(({ label }) =>
    Math.min(estimateTextWidth(label, tickSize), maxRotatedWidth),
  );
  const lineCount = Math.max(1, ...categoryLines.map((lines) => lines.length));
  const labelsHeight = rotated
    ? Math.max(...rotatedWidths) * rotationSine + tickSize * (rotationCosine + 0.5)
    : tickSize * (0.3 + 1.2 * lineCount);
  const xTitleHeight = context.xTitle === '' ? 0 : axisTitleSize * 1.5;
  const frameBottom = height - padding - xTitleHeight - tickLength - labelsHeight;
  const extent: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  const yAxis = planNumericAxis({
    extent,
    logarithmic: false,
    nice: true,
    padding: 0,
    range: [frameBottom, frameTop],
    orientation: 'vertical',
    fontSize: tickSize,
  });
  const yLabelWidth = Math.max(
    0,
    ...yAxis.labels.map((label) => estimateTextWidth(label, tickSize)),
  );
  const frame: PlotFrame = {
    left: padding + yTitleWidth + yLabelWidth + tickLength + tickSize * 0.4,
    top: frameTop,
    right: width - padding,
    bottom: frameBottom,
  };
  const band = scaleBand<string>()
    .domain(bars.map(({ key }) => key))
    .range([frame.left, frame.right])
    .paddingInner(0.35)
    .paddingOuter(0.3);
  const yAxisParts = renderNumericAxis(context, yAxis, frame, 'vertical', true);
  const zero = yAxis.scale(0);

  const parts: string[] = [];
  bars.forEach(({ key, style, value, typed }, index) => {
    const left = band(key) ?? frame.left;
    const centre = left + band.bandwidth() / 2;
    if (value !== null) {
      const top = yAxis.scale(value);
      parts.push(
        svgElement('rect', {
          x: left,
          y: Math.min(top, zero),
          width: band.bandwidth(),
          height: Math.max(Math.abs(zero - top), 0.5),
          fill: style.colour,
        }),
        svgText(formatBarValue(value, typed), {
          x: centre,
          y: value >= 0 ? top - valueSize * 0.45 : top + valueSize * 1.1,
          'text-anchor': 'middle',
          'font-size': valueSize,
          fill: theme.text,
        }),
      );
    } else {
      parts.push(
        svgText('n/a', {
          x: centre,
          y: zero - valueSize * 0.45,
          'text-anchor': 'middle',
          'font-size': valueSize,
          fill: theme.mutedText,
        }),
      );
    }
    if (rotated) {
      const top = frame.bottom + tickLength + tickSize * 0.9;
      const room = Math.max((centre - padding / 2) / rotationCosine, tickSize * 2);
      const text =
        fitTextToWidth(bars[index]?.label ?? '', Math.min(maxRotatedWidth, room), tickSize, 1)[0] ??
        '';
      parts.push(
        svgText(text, {
          x: centre,
          y: top,
          transform: `rotate(-${rotation} ${Math.round(centre * 100) / 100} ${Math.round(top * 100) / 100})`,
          'text-anchor': 'end',
          'font-size': tickSize,
          fill: theme.text,
        }),
      );
      return;
    }
    (categoryLines[index] ?? []).forEach((text, lineIndex) => {
      parts.push(
        svgText(text, {
          x: centre,
          y: frame.bottom + tickLength + tickSize * (1.05 + 1.2 * lineIndex),
          'text-anchor': 'middle',
          'font-size': tickSize,
          fill: theme.text,
        }),
      );
    });
  });
  const axisLine = svgElement('line', {
    x1: frame.left,
    y1: zero,
    x2: frame.right,
    y2: zero,
    stroke: theme.axis,
    'stroke-width': Math.max(sizeScale, 1),
  });

  return joinSvgLines([
    title.svg,
    yAxisParts.grid,
    joinSvgLines(parts),
    yAxisParts.axis,
    axisLine,
    renderAxisTitle(
      context,
      context.xTitle,
      frame,
      'horizontal',
      height - padding - axisTitleSize * 0.25,
    ),
    renderAxisTitle(context, context.yTitle, frame, 'vertical', padding + axisTitleSize * 0.95),
  ]);
}
