export interface PlotTypography {
  /** Multiplier of every size below, from the figure size relative to 640 × 400. */
  scale: number;
  titleSize: number;
  axisTitleSize: number;
  tickSize: number;
  legendSize: number;
  noteSize: number;
  padding: number;
  tickLength: number;
  lineWidth: number;
  /** d3 symbol size, in square pixels. */
  markerArea: number;
}

/** Sizes that keep text readable and proportionate from thumbnails to print-resolution figures. */
export function choosePlotTypography(
  width: number,
  height: number,
  baseLineWidth: number,
): PlotTypography {
  const scale = Math.min(Math.max(Math.min(width / 640, height / 400), 0.75), 3);
  return {
    scale,
    titleSize: 15 * scale,
    axisTitleSize: 12.5 * scale,
    tickSize: 11.5 * scale,
    legendSize: 11.5 * scale,
    noteSize: 10.5 * scale,
    padding: 12 * scale,
    tickLength: 5 * scale,
    lineWidth: baseLineWidth * scale,
    markerArea: 36 * scale * scale,
  };
}
