import {
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { Model, PlotSeries } from '@/model/reportSchema';

export interface SeriesStyle {
  colour: string;
  /** Stroke dash pattern in multiples of the line width; empty for a solid line. */
  dash: readonly number[];
  marker: SymbolType;
  /** Position of the series' group, used to stagger markers so groups do not hide each other. */
  group: number;
  groupCount: number;
}

const markers: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolCross,
  symbolStar,
  symbolWye,
];

const dashes: readonly (readonly number[])[] = [[], [4, 2.5], [1, 1.75], [5, 2, 1, 2], [8, 3]];

/**
 * Colour, marker and dash for each series, so that series stay apart in greyscale too. Series of
 * one model share its colour and marker (the model's position in the report, so a model looks
 * the same in every figure) and differ by dash, e.g. training solid and validation dashed. When
 * every group holds one series, dashes follow the group as well.
 */
export function assignSeriesStyles(
  series: readonly PlotSeries[],
  models: readonly Model[],
  palette: readonly string[],
): SeriesStyle[] {
  const modelPositions = new Map(models.map((model, index) => [model.id, index]));
  const groupKeys = series.map((entry) =>
    modelPositions.has(entry.modelId) ? `model:${entry.modelId}` : `series:${entry.id}`,
  );
  const distinctKeys = [...new Set(groupKeys)];
  const modelPositionsInPlot = new Set(
    distinctKeys.flatMap((key) => {
      const position = key.startsWith('model:')
        ? modelPositions.get(key.slice('model:'.length))
        : undefined;
      return position === undefined ? [] : [position];
    }),
  );
  let nextFreePosition = 0;
  const groupPositions = new Map(
    distinctKeys.map((key) => {
      const modelPosition = key.startsWith('model:')
        ? modelPositions.get(key.slice('model:'.length))
        : undefined;
      if (modelPosition !== undefined) return [key, modelPosition];
      // Series without a model take the styles no model in this plot uses, from the first on.
      while (modelPositionsInPlot.has(nextFreePosition)) nextFreePosition += 1;
      nextFreePosition += 1;
      return [key, nextFreePosition - 1];
    }),
  );
  const everyGroupSingle = distinctKeys.length === series.length;
  const seenInGroup = new Map<string, number>();
  return series.map((_, index) => {
    const key = groupKeys[index] ?? '';
    const position = groupPositions.get(key) ?? index;
    const role = seenInGroup.get(key) ?? 0;
    seenInGroup.set(key, role + 1);
    const dashIndex = everyGroupSingle ? position : role;
    return {
      colour: palette[position % palette.length] ?? '#000000',
      dash: dashes[dashIndex % dashes.length] ?? [],
      marker: markers[position % markers.length] ?? symbolCircle,
      group: distinctKeys.indexOf(key),
      groupCount: distinctKeys.length,
    };
  });
}
