import { estimateTextWidth } from './estimateTextWidth';
import { planNumericAxis, type NumericAxis, type NumericAxisRequest } from './planNumericAxis';
import type { PlotFrame, PlotRenderContext } from './plotRenderContext';

type AxisOptions = Pick<NumericAxisRequest, 'extent' | 'logarithmic' | 'nice' | 'padding'>;

export interface NumericFrame {
  frame: PlotFrame;
  xAxis: NumericAxis;
  yAxis: NumericAxis;
  /** Baselines of the axis titles: x title's y, y title's x. */
  xTitleBaseline: number;
  yTitleBaseline: number;
}

/**
 * Places the plotting area between the title block above and `bottomReserved` pixels below
 * (the legend), leaving room for tick labels and axis titles, and plans both axes to fit it.
 */
export function layoutNumericFrame(
  context: PlotRenderContext,
  top: number,
  bottomReserved: number,
  x: AxisOptions,
  y: AxisOptions,
): NumericFrame {
  const { typography, width, height } = context;
  const { padding, tickSize, tickLength, axisTitleSize } = typography;
  const yTitleWidth = context.yTitle === '' ? 0 : axisTitleSize * 1.6;
  const contentBottom = height - padding - bottomReserved;
  const xTitleBaseline = contentBottom - axisTitleSize * 0.25;
  const tickLabelsBottom =
    context.xTitle === '' ? contentBottom : xTitleBaseline - axisTitleSize * 0.9 - tickSize * 0.45;
  const frameTop = top + Math.max(padding * 0.6, tickSize * 0.6);
  const frameBottom = tickLabelsBottom - tickSize * 1.3 - tickLength;
  const yAxis = planNumericAxis({
    ...y,
    range: [frameBottom, frameTop],
    orientation: 'vertical',
    fontSize: tickSize,
  });
  const yLabelWidth = Math.max(
    0,
    ...yAxis.labels.map((label) => estimateTextWidth(label, tickSize)),
  );
  const frameLeft = padding + yTitleWidth + yLabelWidth + tickLength + tickSize * 0.4;
  let frameRight = width - padding;
  let xAxis = planNumericAxis({
    ...x,
    range: [frameLeft, frameRight],
    orientation: 'horizontal',
    fontSize: tickSize,
  });
  const lastLabel = xAxis.labels.at(-1);
  const lastTick = xAxis.ticks.at(-1);
  if (lastLabel !== undefined && lastTick !== undefined) {
    const overhang =
      xAxis.scale(lastTick) + estimateTextWidth(lastLabel, tickSize) / 2 - (width - padding / 3);
    if (overhang > 0) {
      frameRight -= overhang;
      xAxis = planNumericAxis({
        ...x,
        range: [frameLeft, frameRight],
        orientation: 'horizontal',
        fontSize: tickSize,
      });
    }
  }
  return {
    frame: { left: frameLeft, top: frameTop, right: frameRight, bottom: frameBottom },
    xAxis,
    yAxis,
    xTitleBaseline,
    yTitleBaseline: padding + axisTitleSize * 0.95,
  };
}
