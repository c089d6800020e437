import type { SeriesStyle } from './assignSeriesStyles';
import { estimateTextWidth } from './estimateTextWidth';
import { fitTextToWidth } from './fitTextToWidth';
import { joinSvgLines } from './joinSvgLines';
import type { PlotRenderContext } from './plotRenderContext';
import { renderMarker } from './renderMarker';
import { seriesStrokeAttributes } from './seriesStrokeAttributes';
import { svgElement } from './svgElement';
import { svgText } from './svgText';

export interface LegendEntry {
  label: string;
  style: SeriesStyle;
}

export interface LegendLayout {
  height: number;
  render: (top: number) => string;
}

/** The number of series per group when several groups (models) have the same number each, else 1. */
function uniformGroupSize(entries: readonly LegendEntry[]): number {
  const sizes = new Map<number, number>();
  for (const { style } of entries) sizes.set(style.group, (sizes.get(style.group) ?? 0) + 1);
  const distinct = new Set(sizes.values());
  const [size] = distinct;
  const groupsAreContiguous = entries.every(
    ({ style }, index) => index === 0 || style.group >= (entries[index - 1]?.style.group ?? 0),
  );
  return distinct.size === 1 && sizes.size > 1 && size !== undefined && groupsAreContiguous
    ? size
    : 1;
}

/**
 * A legend laid out in balanced columns across the figure's width, filled column by column so
 * that the series of one model (listed together) stand in one column.
 */
export function layoutLegend(
  context: PlotRenderContext,
  entries: readonly LegendEntry[],
): LegendLayout {
  if (entries.length === 0) return { height: 0, render: () => '' };
  const { typography, theme, width } = context;
  const { legendSize, padding, scale, lineWidth, markerArea } = typography;
  const available = width - 2 * padding;
  const swatchWidth = 30 * scale;
  const swatchGap = 6 * scale;
  const columnGap = 20 * scale;
  const rowHeight = legendSize * 1.55;
  // Many entries get narrower columns so that the legend does not crowd out the plot.
  const labelShare = entries.length > 6 ? 0.3 : 0.45;
  const labelWidthLimit = Math.max(
    available * labelShare - swatchWidth - swatchGap,
    legendSize * 4,
  );
  const labels = entries.map(
    (entry) => fitTextToWidth(entry.label, labelWidthLimit, legendSize, 1)[0] ?? '',
  );
  const entryWidth =
    swatchWidth +
    swatchGap +
    Math.max(...labels.map((label) => estimateTextWidth(label, legendSize)));
  const fittingColumns = Math.max(
    1,
    Math.floor((available + columnGap) / (entryWidth + columnGap)),
  );
  const groupSize = uniformGroupSize(entries);
  const rows =
    Math.ceil(Math.ceil(entries.length / Math.min(fittingColumns, entries.length)) / groupSize) *
    groupSize;
  const columns = Math.ceil(entries.length / rows);
  const totalWidth = columns * entryWidth + (columns - 1) * columnGap;
  const left = (width - totalWidth) / 2;

  return {
    height: rows * rowHeight,
    render: (top) =>
      joinSvgLines(
        entries.map((entry, index) => {
          const column = Math.floor(index / rows);
          const row = index % rows;
          const x = left + column * (entryWidth + columnGap);
          const middle = top + row * rowHeight + rowHeight / 2;
          return joinSvgLines([
            svgElement('line', {
              x1: x,
              y1: middle,
              x2: x + swatchWidth,
              y2: middle,
              ...seriesStrokeAttributes(entry.style, lineWidth),
            }),
            renderMarker(
              entry.style,
              x + swatchWidth / 2,
              middle,
              markerArea,
              theme.background,
              scale,
            ),
            svgText(labels[index] ?? '', {
              x: x + swatchWidth + swatchGap,
              y: middle + legendSize * 0.35,
              'font-size': legendSize,
              fill: theme.text,
            }),
          ]);
        }),
      ),
  };
}
