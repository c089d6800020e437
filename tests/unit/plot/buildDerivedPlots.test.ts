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
      title: 'Trainable parameters versus test accuracy',
      caption: 'Each point is one model. Mean of 3 runs per model. The x axis is logarithmic.',
      xLabel: 'Trainable parameters',
      xUnit: 'M',
      yLabel: 'Test accuracy',
      logScale: true,
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
      second.trainableParameters = '';
    });
    const { plot, problems } = buildSizeVersusPerformancePlot(report, { plotId: 'p' });
    expect(plot.yLabel).toBe('Validation accuracy');
    expect(plot.series.map((series) => series.modelId)).toEqual(['model-c', 'model-d']);
    expect(problems).toEqual([
      'Model A: "a lot" is not a parameter count such as 125M or 7.25B; it is left out.',
      'Model B has no trainable parameters count; it is left out.',
    ]);
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
      title: 'Test accuracy by model',
      caption: 'Mean of 3 runs per model.',
      xLabel: 'Model',
      yLabel: 'Test accuracy',
      logScale: false,
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
