import '../configureZod';
import { z } from 'zod';
import {
  choice,
  flag,
  id,
  listWithUniqueIds,
  optionalNumber,
  richText,
  text,
  withDefault,
} from './fieldSchemas';
import type { SectionDefinition } from './sectionDefinition';

export const resultSplits = ['validation', 'test'] as const;
export const resultAggregations = ['mean', 'max', 'single-run'] as const;
export const spreadKinds = ['std', 'ci95'] as const;
/**
 * How a plot gets its points: `none` holds its own (CSV, run files); the others are drawn from
 * the current metric table and model cards every time the figure is shown or exported.
 */
export const plotDerivations = ['none', 'size-vs-performance', 'metric-bar'] as const;
export type PlotDerivation = (typeof plotDerivations)[number];
export const plotKinds = [
  'loss-curve',
  'metric-curve',
  'size-vs-performance',
  'metric-bar',
] as const;

export const metricResultSchema = z.object({
  id,
  modelId: id,
  metricId: id,
  split: choice(resultSplits, 'validation'),
  value: optionalNumber,
  spread: optionalNumber,
  spreadKind: choice(spreadKinds, 'std'),
  runs: optionalNumber,
  aggregation: choice(resultAggregations, 'mean'),
});
export type MetricResult = z.infer<typeof metricResultSchema>;

export const maximumPlotPointsPerSeries = 1_000_000;

export const plotPointSchema = z.tuple([z.number().finite(), z.number().finite().nullable()]);
export type PlotPoint = z.infer<typeof plotPointSchema>;

export const plotSeriesSchema = z.object({
  id,
  label: text,
  modelId: withDefault(z.string().max(200), () => ''),
  points: withDefault(z.array(plotPointSchema).max(maximumPlotPointsPerSeries), () => []),
});
export type PlotSeries = z.infer<typeof plotSeriesSchema>;

export const plotSchema = z.object({
  id,
  kind: z.enum(plotKinds),
  title: text,
  caption: text,
  xLabel: text,
  xUnit: text,
  yLabel: text,
  yUnit: text,
  logScale: flag(false),
  derivation: choice(plotDerivations, 'none'),
  series: listWithUniqueIds(plotSeriesSchema, 100),
});
export type Plot = z.infer<typeof plotSchema>;

export const resultsSchema = z.object({
  metricResults: listWithUniqueIds(metricResultSchema, 20_000),
  plots: listWithUniqueIds(plotSchema, 100),
  tradeoffs: richText,
  unexpectedResults: richText,
  analysis: richText,
});
export type Results = z.infer<typeof resultsSchema>;

export const resultsSection: SectionDefinition<'results', Results> = {
  id: 'results',
  number: 7,
  title: 'Results and analysis',
  purpose: 'The numbers, the curves and what they mean, comparable across models.',
  goodLooksLike: [
    'A metric table with validation results beside test results.',
    'Each number says how many runs it comes from and its spread.',
    'Loss curves and a size-versus-performance plot; surprises explained.',
  ],
  schema: resultsSchema,
  fields: {
    metricResults: {
      kind: 'custom',
      custom: 'metricTable',
      label: 'Metric table',
      help: 'One value per model, metric and split.',
      importance: 'required',
      itemNumberFields: {
        value: { kind: 'number', label: 'Value', help: 'The metric value.' },
        spread: {
          kind: 'number',
          label: 'Spread',
          help: 'The ± spread: a standard deviation or half a 95% confidence interval.',
          minimum: 0,
        },
        runs: {
          kind: 'number',
          label: 'Runs',
          help: 'How many runs the value comes from.',
          integer: true,
          minimum: 1,
        },
      },
    },
    plots: {
      kind: 'custom',
      custom: 'plots',
      label: 'Plots',
      help: 'Loss curves, metric curves and trade-off plots.',
      importance: 'recommended',
    },
    tradeoffs: {
      kind: 'richText',
      label: 'Size and cost versus performance',
      help: 'What each point of quality costs in parameters, memory or GPU hours.',
      example: 'QLoRA uses 25 % of the memory of full fine-tuning for a 0.3 point loss.',
      importance: 'recommended',
    },
    unexpectedResults: {
      kind: 'richText',
      label: 'Unexpected results',
      help: 'What surprised you and your best explanation.',
      example: 'The adapter run overfits after epoch 6 despite weight decay.',
    },
    analysis: {
      kind: 'richText',
      label: 'Analysis',
      help: 'What the numbers say, with the caveats.',
      example: 'All PEFT methods are within one standard deviation on validation.',
      importance: 'required',
    },
  },
};
