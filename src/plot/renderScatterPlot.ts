import { line } from 'd3-shape';
import type { SeriesStyle } from './assignSeriesStyles';
import { estimateTextWidth } from './estimateTextWidth';
import { joinSvgLines } from './joinSvgLines';
import { layoutNumericFrame } from './layoutNumericFrame';
import type { PlotFrame, PlotRenderContext } from './plotRenderContext';
import { renderAxisTitle } from './renderAxisTitle';
import { renderMarker } from './renderMarker';
import { renderNoData } from './renderNoData';
import { renderNumericAxis } from './renderNumericAxis';
import { renderTitleBlock } from './renderTitleBlock';
import { seriesLegendLabel } from './seriesLegendLabel';
import { seriesStrokeAttributes } from './seriesStrokeAttributes';
import { svgElement } from './svgElement';
import { svgGroup } from './svgGroup';
import { svgText } from './svgText';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface DrawnSeries {
  label: string;
  style: SeriesStyle;
  points: [number, number][];
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function outside(box: Box, frame: PlotFrame): number {
  const inside = overlap(box, frame);
  return (box.right - box.left) * (box.bottom - box.top) - inside;
}

type Anchor = 'start' | 'middle' | 'end';

interface LabelPlacement {
  x: number;
  baseline: number;
  anchor: Anchor;
  box: Box;
}

/** Where a label can go around its point, in order of preference: right, left, above, below, then the diagonals. */
function candidatePlacements(
  x: number,
  y: number,
  width: number,
  fontSize: number,
  offset: number,
): LabelPlacement[] {
  const ascent = fontSize * 0.75;
  const descent = fontSize * 0.25;
  const place = (dx: number, baselineOffset: number, anchor: Anchor): LabelPlacement => {
    const labelX = x + dx;
    const left =
      anchor === 'start' ? labelX : anchor === 'end' ? labelX - width : labelX - width / 2;
    const baseline = y + baselineOffset;
    return {
      x: labelX,
      baseline,
      anchor,
      box: { left, right: left + width, top: baseline - ascent, bottom: baseline + descent },
    };
  };
  const middle = fontSize * 0.35;
  const above = -offset - descent;
  const below = offset + ascent;
  return [
    place(offset, middle, 'start'),
    place(-offset, middle, 'end'),
    place(0, above, 'middle'),
    place(0, below, 'middle'),
    place(offset * 0.7, above * 0.9, 'start'),
    place(offset * 0.7, below * 0.9, 'start'),
    place(-offset * 0.7, above * 0.9, 'end'),
    place(-offset * 0.7, below * 0.9, 'end'),
  ];
}

/**
 * Model size against performance: a marker per point, each series labelled next to its last
 * point (placed clear of other labels and markers), series with several points joined by a line.
 */
export function renderScatterPlot(context: PlotRenderContext): string {
  const { plot, styles, typography, theme } = context;
  const drawn: DrawnSeries[] = plot.series.flatMap((series, index) => {
    const style = styles[index];
    const points = series.points.flatMap(([x, y]): [number, number][] =>
      y === null || !Number.isFinite(x) ? [] : [[x, y]],
    );
    return style === undefined || points.length === 0
      ? []
      : [{ label: seriesLegendLabel(series, index), style, points }];
  });
  const xs = drawn.flatMap(({ points }) => points.map(([x]) => x));
  const ys = drawn.flatMap(({ points }) => points.map(([, y]) => y));
  const logarithmic = plot.logScale && xs.length > 0 && xs.every((x) => x > 0);
  const notes =
    plot.logScale && !logarithmic && xs.length > 0
      ? ['Linear x axis: a logarithmic one needs every value above 0.']
      : [];
  const title = renderTitleBlock(context, notes);
  if (xs.length === 0) return title.svg + renderNoData(context, title.bottom);

  const layout = layoutNumericFrame(
    context,
    title.bottom,
    0,
    { extent: [Math.min(...xs), Math.max(...xs)], logarithmic, nice: false, padding: 0.1 },
    { extent: [Math.min(...ys), Math.max(...ys)], logarithmic: false, nice: false, padding: 0.15 },
  );
  const { frame, xAxis, yAxis } = layout;
  const xAxisParts = renderNumericAxis(context, xAxis, frame, 'horizontal', true);
  const yAxisParts = renderNumericAxis(context, yAxis, frame, 'vertical', true);

  const markerArea = typography.markerArea * 2;
  const markerRadius = Math.sqrt(markerArea) / 2 + typography.scale;
  const positioned = drawn.map((series) => ({
    ...series,
    positions: series.points.map(([x, y]): [number, number] => [xAxis.scale(x), yAxis.scale(y)]),
  }));
  const markerBoxes: Box[] = positioned.flatMap(({ positions }) =>
    positions.map(([x, y]) => ({
      left: x - markerRadius,
      right: x + markerRadius,
      top: y - markerRadius,
      bottom: y + markerRadius,
    })),
  );

  const connecting = line<[number, number]>().digits(2);
  const lines: string[] = [];
  const markers: string[] = [];
  const labels: string[] = [];
  const placedLabels: Box[] = [];
  const labelSize = typography.legendSize;
  for (const { label, style, positions } of positioned) {
    if (positions.length > 1)
      lines.push(
        svgElement('path', {
          d: connecting(positions) ?? '',
          ...seriesStrokeAttributes(style, typography.lineWidth * 0.75),
        }),
      );
    for (const [x, y] of positions)
      markers.push(renderMarker(style, x, y, markerArea, theme.background, typography.scale));
    const [labelX, labelY] = positions.at(-1) ?? [0, 0];
    const width = estimateTextWidth(label, labelSize);
    const candidates = candidatePlacements(
      labelX,
      labelY,
      width,
      labelSize,
      markerRadius + 3 * typography.scale,
    );
    let best = candidates[0];
    let bestCost = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const cost =
        outside(candidate.box, frame) * 4 +
        [...placedLabels, ...markerBoxes].reduce(
          (sum, box) => sum + overlap(candidate.box, box),
          0,
        );
      if (cost < bestCost) {
        bestCost = cost;
        best = candidate;
      }
    }
    if (best === undefined) continue;
    placedLabels.push(best.box);
    labels.push(
      svgText(label, {
        x: best.x,
        y: best.baseline,
        'text-anchor': best.anchor,
        'font-size': labelSize,
        fill: theme.text,
      }),
    );
  }

  return joinSvgLines([
    title.svg,
    xAxisParts.grid,
    yAxisParts.grid,
    xAxisParts.axis,
    yAxisParts.axis,
    svgGroup({}, lines),
    svgGroup({}, markers),
    svgGroup({}, labels),
    renderAxisTitle(context, context.xTitle, frame, 'horizontal', layout.xTitleBaseline),
    renderAxisTitle(context, context.yTitle, frame, 'vertical', layout.yTitleBaseline),
  ]);
}
