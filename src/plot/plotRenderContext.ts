import type { Plot } from '@/model/reportSchema';
import type { SeriesStyle } from './assignSeriesStyles';
import type { PlotTypography } from './choosePlotTypography';
import type { PlotTheme } from './plotThemes';

/** Everything a plot kind's renderer needs, computed once by renderPlotSvg. */
export interface PlotRenderContext {
  plot: Plot;
  width: number;
  height: number;
  theme: PlotTheme;
  typography: PlotTypography;
  styles: readonly SeriesStyle[];
  /** Axis titles with units, after defaults for empty labels. */
  xTitle: string;
  yTitle: string;
  /** Values as the user typed them, by series id. */
  valueTexts: ReadonlyMap<string, string>;
}

/** The plotting area inside the axes, in pixels. */
export interface PlotFrame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
