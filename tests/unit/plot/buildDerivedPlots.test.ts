import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { plotSchema, type Report } from '@/model/reportSchema';
import { buildMetricBarPlot } from '@/plot/buildMetricBarPlot';
import { buildSizeVersusPerformancePlot } from '@/plot/buildSizeVersusPerformancePlot';

function changedExample(change: (report: Report) => void): Report {
  const report = structuredClone(createExampleReport());
  change(report);
  return report;
}

describe('buildSizeVersusPerformancePlot', () => {
  it('plots trainable parameters against the primary metric on the test split', () => {
    const { plot, problems } = buildSizeVersusPerformancePlot(createExampleReport(), {
      plotId: 'plot-size',
    });
    expect(problems).toEqual([]);
    expect(plotSchema.parse(plot)).toEqual(plot);
    expect(plot).toMatchObject({
      id: 'plot-size',
      kind: 'size-vs-performance',
      title: 'Trainable parameters versus test Accuracy',
      caption: 'Each point is one model. Mean of 3 runs per model. The x axis is logarithmic.',
      xLabel: 'Trainable parameters',
      xUnit: 'M',
      yLabel: 'Test Accuracy',
      logScale: true,
      derivation: 'size-vs-performance',
    });
    expect(plot.series).toEqual([
      { id: 'size-model-a', label: 'Model A', modelId: 'model-a', points: [[13.9, 93.8]] },
      { id: 'size-model-b', label: 'Model B', modelId: 'model-b', points: [[355, 93.4]] },
      { id: 'size-model-c', label: 'Model C', modelId: 'model-c', points: [[15.6, 92.6]] },
      { id: 'size-model-d', label: 'Model D', modelId: 'model-d', points: [[168.1, 94.2]] },
    ]);
  });

  it('can use total parameters, in billions when most models are that large', () => {
    const { plot } = buildSizeVersusPerformancePlot(
      createExampleReport(),
      { plotId: 'p' },
      'parameterCount',
    );
    expect(plot.xLabel).toBe('Parameters');
    expect(plot.xUnit).toBe('B');
    expect(plot.series.map((series) => series.points[0]?.[0])).toEqual([8.03, 0.355, 2.61, 7.25]);
  });

  it('falls back to validation when no model has a test result, and names what it left out', () => {
    const report = changedExample((draft) => {
      draft.results.metricResults = draft.results.metricResults.filter(
        (result) => result.split === 'validation',
      );
      const [first, second] = draft.models.models;
      if (first === undefined || second === undefined) throw new Error('example changed');
      first.trainableParameters = 'a lot';
      first.parameterCount = '';
      second.trainableParameters = '';
      second.parameterCount = '';
    });
    const { plot, problems } = buildSizeVersusPerformancePlot(report, { plotId: 'p' });
    expect(plot.yLabel).toBe('Validation Accuracy');
    expect(plot.series.map((series) => series.modelId)).toEqual(['model-c', 'model-d']);
    expect(problems).toEqual([
      'Model A: "a lot" is not a parameter count such as 125M or 7.25B; it is left out.',
      'Model B has no parameter count; it is left out.',
    ]);
  });

  it('uses the parameter count where trainable parameters are not given, and says so', () => {
    const mixed = changedExample((draft) => {
      const [first] = draft.models.models;
      if (first === undefined) throw new Error('example changed');
      first.trainableParameters = '';
    });
    const { plot: mixedPlot, problems } = buildSizeVersusPerformancePlot(mixed, { plotId: 'p' });
    expect(problems).toEqual([]);
    expect(mixedPlot.xLabel).toBe('Trainable parameters (total where not given)');
    expect(mixedPlot.series[0]?.points).toEqual([[8030, 93.8]]);

    const totalOnly = changedExample((draft) => {
      for (const model of draft.models.models) model.trainableParameters = '';
    });
    const { plot } = buildSizeVersusPerformancePlot(totalOnly, { plotId: 'p' });
    expect(plot.xLabel).toBe('Parameters');
    expect(plot.title).toBe('Parameters versus test Accuracy');
    expect(plot.xUnit).toBe('B');
  });

  it('uses the first metric when none is primary, and says so', () => {
    const report = changedExample((draft) => {
      for (const metric of draft.problem.metrics) metric.primary = false;
    });
    expect(buildSizeVersusPerformancePlot(report, { plotId: 'p' }).problems).toEqual([
      'No metric is marked primary; "Accuracy" is used.',
    ]);
  });

  it('returns an empty plot and a reason when the report has no metric', () => {
    const report = changedExample((draft) => {
      draft.problem.metrics = [];
    });
    const { plot, problems } = buildSizeVersusPerformancePlot(report, { plotId: 'p' });
    expect(plot.series).toEqual([]);
    expect(problems).toEqual(['The report defines no metric yet.']);
    expect(plotSchema.safeParse(plot).success).toBe(true);
  });
});

describe('buildMetricBarPlot', () => {
  it('derives one bar per model from the primary metric', () => {
    const { plot, problems } = buildMetricBarPlot(createExampleReport(), { plotId: 'plot-bars' });
    expect(problems).toEqual([]);
    expect(plotSchema.parse(plot)).toEqual(plot);
    expect(plot).toMatchObject({
      id: 'plot-bars',
      kind: 'metric-bar',
      title: 'Test Accuracy by model',
      caption: 'Mean of 3 runs per model.',
      xLabel: 'Model',
      yLabel: 'Test Accuracy',
      logScale: false,
      derivation: 'metric-bar',
    });
    expect(plot.series.map((series) => [series.id, series.label, series.points])).toEqual([
      ['bar-model-a', 'Model A', [[1, 93.8]]],
      ['bar-model-b', 'Model B', [[2, 93.4]]],
      ['bar-model-c', 'Model C', [[3, 92.6]]],
      ['bar-model-d', 'Model D', [[4, 94.2]]],
    ]);
  });

  it('keeps a metric name that is an acronym and leaves out models without a result', () => {
    const report = changedExample((draft) => {
      const accuracy = draft.problem.metrics[0];
      if (accuracy === undefined) throw new Error('example changed');
      accuracy.name = 'F1';
      draft.results.metricResults = draft.results.metricResults.filter(
        (result) => result.modelId !== 'model-b',
      );
    });
    const { plot, problems } = buildMetricBarPlot(report, { plotId: 'p' });
    expect(plot.title).toBe('Test F1 by model');
    expect(plot.series.map((series) => series.modelId)).toEqual(['model-a', 'model-c', 'model-d']);
    expect(problems).toEqual(['Model B has no test result for "F1".']);
  });
});

describe('derived plots and the metric name and values as typed', () => {
  const typed = changedExample((draft) => {
    const [accuracy] = draft.problem.metrics;
    if (accuracy === undefined) throw new Error('example changed');
    accuracy.name = 'Vicuna score';
    const result = draft.results.metricResults.find(
      (candidate) =>
        candidate.modelId === 'model-a' &&
        candidate.metricId === accuracy.id &&
        candidate.split === 'test',
    );
    if (result === undefined) throw new Error('example changed');
    result.value = 87;
    draft.typedNumbers = { [`results.metricResults#${result.id}.value`]: '87.0' };
  });

  it('keeps the capitals of the metric name in the auto title', () => {
    expect(buildMetricBarPlot(typed, { plotId: 'p' }).plot.title).toBe(
      'Test Vicuna score by model',
    );
    expect(buildSizeVersusPerformancePlot(typed, { plotId: 'p' }).plot.title).toBe(
      'Trainable parameters versus test Vicuna score',
    );
  });

  it('gives each bar and point its value as typed', () => {
    const bars = buildMetricBarPlot(typed, { plotId: 'p' });
    expect(bars.valueTexts.get('bar-model-a')).toBe('87.0');
    expect(bars.valueTexts.get('bar-model-b')).toBe('93.4');
    const sizes = buildSizeVersusPerformancePlot(typed, { plotId: 'p' });
    expect(sizes.valueTexts.get('size-model-a')).toBe('87.0');
  });
});
