import { plotKinds, type Plot } from '@/model/reportSchema';

type PlotKind = Plot['kind'];

/** How a kind is drawn: the renderer `renderPlotSvg` uses and the sentence `describePlotImage` writes. */
export type PlotDrawing = 'lines' | 'points' | 'bars';

/** Everything the app and the exports say or do differently for one kind of plot. */
export interface PlotKindDefinition {
  /** Its name in the Plot kind menus, the figure summary and as the title of an untitled figure. */
  readonly label: string;
  /** Axis titles drawn when the author wrote none; an empty one draws no title. */
  readonly defaultAxisLabels: { readonly x: string; readonly y: string };
  /** The axis the Log scale setting applies to; `none` when the kind has to stay linear. */
  readonly logScaleAxis: 'x' | 'y' | 'none';
  /** The help under the Log scale setting. */
  readonly logScaleHelp: string;
  /** Whether Add plot from CSV offers it: one series per table column. */
  readonly fromTable: boolean;
  readonly drawing: PlotDrawing;
  /** The first words of the image's text alternative, e.g. "Loss curves" of Loss against Step. */
  readonly imageName: string;
}

/**
 * The one list of what each plot kind is called, how it is drawn and described, and what help it
 * has; a new kind in the schema fails to compile until it is defined here.
 */
export const plotKindDefinitions = {
  'loss-curve': {
    label: 'Loss curve',
    defaultAxisLabels: { x: 'Step', y: 'Loss' },
    logScaleAxis: 'y',
    logScaleHelp: 'A logarithmic y axis shows late, small improvements of the loss.',
    fromTable: true,
    drawing: 'lines',
    imageName: 'Loss curves',
  },
  'metric-curve': {
    label: 'Metric curve',
    defaultAxisLabels: { x: 'Step', y: 'Value' },
    logScaleAxis: 'y',
    logScaleHelp: 'A logarithmic y axis, for values spanning several orders of magnitude.',
    fromTable: true,
    drawing: 'lines',
    imageName: 'Line chart',
  },
  'size-vs-performance': {
    label: 'Model size versus performance',
    defaultAxisLabels: { x: 'Parameters', y: 'Score' },
    logScaleAxis: 'x',
    logScaleHelp: 'A logarithmic x axis, for model sizes spanning ten times or more.',
    fromTable: false,
    drawing: 'points',
    imageName: 'Scatter plot',
  },
  'metric-bar': {
    label: 'Bar chart by model',
    defaultAxisLabels: { x: '', y: 'Value' },
    logScaleAxis: 'none',
    logScaleHelp: 'Bars are compared from zero, so their axis stays linear.',
    fromTable: false,
    drawing: 'bars',
    imageName: 'Bar chart',
  },
} as const satisfies { readonly [Kind in PlotKind]: PlotKindDefinition };

/** The kinds a pasted table can become. */
export type TablePlotKind = {
  [Kind in PlotKind]: (typeof plotKindDefinitions)[Kind]['fromTable'] extends true ? Kind : never;
}[PlotKind];

function isTablePlotKind(kind: PlotKind): kind is TablePlotKind {
  return plotKindDefinitions[kind].fromTable;
}

/** The kinds Add plot from CSV offers, in the schema's order. */
export const tablePlotKinds: readonly TablePlotKind[] = plotKinds.filter(isTablePlotKind);
