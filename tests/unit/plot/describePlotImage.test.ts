import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import type { Plot } from '@/model/reportSchema';
import { describePlotImage } from '@/plot/describePlotImage';
import { resolvePlot } from '@/plot/resolvePlot';

const example = createExampleReport();

function examplePlot(kind: Plot['kind']): Plot {
  const plot = example.results.plots.find((candidate) => candidate.kind === kind);
  if (plot === undefined) throw new Error(`no ${kind} plot in the example`);
  return resolvePlot(example, plot).plot;
}

describe('describePlotImage', () => {
  it('names the axes with units and every line of a loss-curve plot', () => {
    expect(describePlotImage(examplePlot('loss-curve'))).toBe(
      'Loss curves of Cross-entropy loss (nats) against Epoch, 8 lines: Model A training, Model A validation, Model B training, Model B validation, Model C training, Model C validation, Model D training, Model D validation.',
    );
  });

  it('gives each model its values in a size-vs-performance plot and says the scale is logarithmic', () => {
    const text = describePlotImage(examplePlot('size-vs-performance'));
    expect(text).toMatch(
      /^Scatter plot of Test accuracy \(%\) against Trainable parameters \(M\), log scale: /u,
    );
    expect(text).toContain('Model A (');
    expect(text.split('; ')).toHaveLength(4);
  });

  it('reads out each bar of a bar chart', () => {
    const plot = examplePlot('metric-bar');
    const values = plot.series.map((series) => series.points[0]?.[1]);
    expect(describePlotImage(plot)).toBe(
      `Bar chart of Test accuracy (%) by model: ${plot.series.map((series, index) => `${series.label} ${values[index]}`).join('; ')}.`,
    );
  });

  it('says when there is nothing to draw and shortens long series lists', () => {
    const empty: Plot = { ...examplePlot('loss-curve'), series: [], xLabel: '', yLabel: '' };
    expect(describePlotImage(empty)).toBe('Empty plot of y (nats) against x: no data yet.');
    const many: Plot = {
      ...examplePlot('loss-curve'),
      kind: 'metric-curve',
      series: Array.from({ length: 11 }, (_, index) => ({
        id: `s${index}`,
        label: index === 3 ? ' ' : `run ${index}`,
        modelId: '',
        points: [[0, index]],
      })),
    };
    expect(describePlotImage(many)).toMatch(
      /^Line chart of .*, 11 lines: run 0, run 1, run 2, series 4, run 4, run 5, run 6, run 7 and 3 more\.$/u,
    );
  });
});
