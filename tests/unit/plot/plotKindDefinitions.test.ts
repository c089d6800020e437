import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { plotKinds, type Plot } from '@/model/reportSchema';
import { createPlotFromTable } from '@/plot/createPlotFromTable';
import { describePlotImage } from '@/plot/describePlotImage';
import { parseDelimitedText } from '@/plot/parseDelimitedText';
import { plotKindDefinitions, tablePlotKinds } from '@/plot/plotKindDefinitions';
import { renderPlotSvg } from '@/plot/renderPlotSvg';
import { resolvePlot } from '@/plot/resolvePlot';
import { suggestPlotKind } from '@/plot/suggestPlotKind';
import { parseSvg } from './support/parseSvg';

const example = createExampleReport();

/** A drawn plot of the kind: the example's own where it has one, else its loss curves relabelled. */
function plotOfKind(kind: Plot['kind']): Plot {
  const stored =
    example.results.plots.find((plot) => plot.kind === kind) ??
    example.results.plots.find((plot) => plot.kind === 'loss-curve');
  if (stored === undefined) throw new Error('the example has no loss curves');
  return { ...resolvePlot(example, stored).plot, kind };
}

function svgTexts(svg: string): string[] {
  return [...parseSvg(svg).getElementsByTagName('text')].map((text) => text.textContent);
}

describe('plotKindDefinitions', () => {
  it('defines every kind of the schema completely, and nothing else', () => {
    expect(Object.keys(plotKindDefinitions).sort()).toEqual([...plotKinds].sort());
    for (const kind of plotKinds) {
      const definition = plotKindDefinitions[kind];
      expect(definition.label.trim(), kind).not.toBe('');
      expect(definition.logScaleHelp.trim(), kind).toMatch(/^[A-Z].*\.$/u);
      expect(definition.imageName.trim(), kind).not.toBe('');
      expect(definition.defaultAxisLabels.y.trim(), kind).not.toBe('');
      expect(['x', 'y', 'none'], kind).toContain(definition.logScaleAxis);
      expect(['lines', 'points', 'bars'], kind).toContain(definition.drawing);
      expect(typeof definition.fromTable, kind).toBe('boolean');
    }
    const labels = plotKinds.map((kind) => plotKindDefinitions[kind].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('offers for a pasted table exactly the kinds marked so, and suggests only those', () => {
    expect(tablePlotKinds).toEqual(plotKinds.filter((kind) => plotKindDefinitions[kind].fromTable));
    expect(tablePlotKinds.length).toBeGreaterThan(0);
    for (const columns of [['train/loss'], ['eval/accuracy'], []])
      expect(tablePlotKinds).toContain(suggestPlotKind(columns));
    const table = parseDelimitedText('step,loss\n1,2.5\n2,1.9\n');
    for (const kind of tablePlotKinds) {
      const { plot } = createPlotFromTable(
        table,
        { xColumn: 'step', yColumns: ['loss'], modelIds: {} },
        { plotId: `plot-${kind}`, kind },
      );
      expect(plot.kind).toBe(kind);
      expect(plot.series).toHaveLength(1);
    }
  });

  it.each(plotKinds)('names the image of a %s plot as its definition says', (kind) => {
    const { imageName, logScaleAxis } = plotKindDefinitions[kind];
    const text = describePlotImage({ ...plotOfKind(kind), logScale: true });
    expect(text.startsWith(`${imageName} of `)).toBe(true);
    expect(text.includes(', log scale')).toBe(logScaleAxis !== 'none');
  });

  it.each(plotKinds)('draws the default axis titles of a %s plot with none written', (kind) => {
    const { defaultAxisLabels } = plotKindDefinitions[kind];
    const plot: Plot = { ...plotOfKind(kind), xLabel: '', xUnit: '', yLabel: '', yUnit: '' };
    const texts = svgTexts(
      renderPlotSvg(plot, example.models.models, { width: 720, height: 450, theme: 'light' }),
    );
    expect(texts).toContain(defaultAxisLabels.y);
    if (defaultAxisLabels.x !== '') expect(texts).toContain(defaultAxisLabels.x);
  });
});
