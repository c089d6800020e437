import { line } from 'd3-shape';
import { downsampleSeries } from './downsampleSeries';
import { joinSvgLines } from './joinSvgLines';
import { layoutLegend } from './layoutLegend';
import { layoutNumericFrame } from './layoutNumericFrame';
import type { PlotRenderContext } from './plotRenderContext';
import { renderAxisTitle } from './renderAxisTitle';
import { renderMarker } from './renderMarker';
import { renderNoData } from './renderNoData';
import { renderNumericAxis } from './renderNumericAxis';
import { renderTitleBlock } from './renderTitleBlock';
import { seriesLegendLabel } from './seriesLegendLabel';
import { seriesStrokeAttributes } from './seriesStrokeAttributes';
import { svgElement } from './svgElement';
import { svgGroup } from './svgGroup';

/** About two points per pixel of a print-width figure; more cannot be seen. */
const displayPointLimit = 1000;
const markersPerSeries = 8;
const markEveryPointUpTo = 12;

type DisplayPoint = [number, number | null];

/** Indices of the points that get a marker: all of a short series, else about evenly spaced in x, staggered per group. */
function markerIndices(
  points: readonly DisplayPoint[],
  group: number,
  groupCount: number,
): number[] {
  const defined: number[] = [];
  points.forEach(([, y], index) => {
    if (y !== null) defined.push(index);
  });
  const isolated = defined.filter(
    (index) =>
      (points[index - 1]?.[1] ?? null) === null && (points[index + 1]?.[1] ?? null) === null,
  );
  if (defined.length <= markEveryPointUpTo) return defined;
  const first = points[defined[0] ?? 0]?.[0] ?? 0;
  const last = points[defined.at(-1) ?? 0]?.[0] ?? 0;
  const step = (last - first) / markersPerSeries;
  const stagger = (group + 0.5) / Math.max(groupCount, 1);
  const chosen = new Set(isolated);
  // The x of each defined point copied out once: the search below reads them eight times.
  const definedXs = Float64Array.from(defined, (index) => points[index]?.[0] ?? 0);
  for (let marker = 0; marker < markersPerSeries; marker += 1) {
    const target = first + (marker + stagger) * step;
    let nearest = 0;
    let nearestDistance = Math.abs((definedXs[0] ?? 0) - target);
    for (let position = 1; position < definedXs.length; position += 1) {
      const distance = Math.abs((definedXs[position] ?? 0) - target);
      if (distance < nearestDistance) {
        nearest = position;
        nearestDistance = distance;
      }
    }
    chosen.add(defined[nearest] ?? 0);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** Loss and metric curves: one line per series with gaps at missing values, sparse markers and a legend. */
export function renderCurvePlot(context: PlotRenderContext): string {
  const { plot, styles, typography, theme } = context;
  const drawn = plot.series.flatMap((series, index) => {
    const style = styles[index];
    if (style === undefined) return [];
    const points = downsampleSeries(
      series.points.filter(([x]) => Number.isFinite(x)),
      displayPointLimit,
    );
    return [{ label: seriesLegendLabel(series, index), style, points }];
  });
  const xs: number[] = [];
  const ys: number[] = [];
  for (const { points } of drawn) {
    for (const [x, y] of points) {
      xs.push(x);
      if (y !== null) ys.push(y);
    }
  }
  const wantsLog = plot.logScale;
  const logarithmic = wantsLog && ys.length > 0 && ys.every((y) => y > 0);
  const notes =
    wantsLog && !logarithmic && ys.length > 0
      ? ['Linear y axis: a logarithmic one needs every value above 0.']
      : [];
  const title = renderTitleBlock(context, notes);
  if (ys.length === 0) return title.svg + renderNoData(context, title.bottom);

  const legend = layoutLegend(context, drawn);
  const legendGap = legend.height === 0 ? 0 : typography.padding * 0.9;
  const layout = layoutNumericFrame(
    context,
    title.bottom,
    legend.height + legendGap,
    { extent: [Math.min(...xs), Math.max(...xs)], logarithmic: false, nice: true, padding: 0 },
    {
      extent: [Math.min(...ys), Math.max(...ys)],
      logarithmic,
      nice: !logarithmic,
      padding: logarithmic ? 0.04 : 0.03,
    },
  );
  const { frame, xAxis, yAxis } = layout;
  const xAxisParts = renderNumericAxis(context, xAxis, frame, 'horizontal', false);
  const yAxisParts = renderNumericAxis(context, yAxis, frame, 'vertical', true);

  const path = line<DisplayPoint>()
    .defined(([, y]) => y !== null)
    .x(([x]) => xAxis.scale(x))
    .y(([, y]) => yAxis.scale(y ?? 0))
    .digits(2);
  const lines: string[] = [];
  const markers: string[] = [];
  for (const { points, style } of drawn) {
    lines.push(
      svgElement('path', {
        d: path(points) ?? '',
        ...seriesStrokeAttributes(style, typography.lineWidth),
      }),
    );
    for (const pointIndex of markerIndices(points, style.group, style.groupCount)) {
      const [x, y] = points[pointIndex] ?? [0, null];
      if (y === null) continue;
      markers.push(
        renderMarker(
          style,
          xAxis.scale(x),
          yAxis.scale(y),
          typography.markerArea,
          theme.background,
          typography.scale * 0.8,
        ),
      );
    }
  }

  return joinSvgLines([
    title.svg,
    yAxisParts.grid,
    svgGroup({}, lines),
    svgGroup({}, markers),
    xAxisParts.axis,
    yAxisParts.axis,
    renderAxisTitle(context, context.xTitle, frame, 'horizontal', layout.xTitleBaseline),
    renderAxisTitle(context, context.yTitle, frame, 'vertical', layout.yTitleBaseline),
    legend.render(context.height - typography.padding - legend.height),
  ]);
}
