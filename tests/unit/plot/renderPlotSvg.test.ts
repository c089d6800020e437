import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { plotKinds, type Plot } from '@/model/reportSchema';
import type { PlotThemeName } from '@/plot/plotThemes';
import { renderPlotSvg } from '@/plot/renderPlotSvg';
import { resolvePlot } from '@/plot/resolvePlot';
import { expectGolden } from '../export/support/expectGolden';
import { findXmlProblems } from '../export/support/findXmlProblems';
import { parseSvg } from './support/parseSvg';

const report = createExampleReport();
const models = report.models.models;
const themes: readonly PlotThemeName[] = ['light', 'dark', 'print'];
const size = { width: 640, height: 400 } as const;

function examplePlot(kind: Plot['kind']): Plot {
  const plot = report.results.plots.find((candidate) => candidate.kind === kind);
  if (plot === undefined) throw new Error(`The example has no ${kind} plot`);
  return resolvePlot(report, plot).plot;
}

function curve(overrides: Partial<Plot> = {}): Plot {
  return {
    id: 'plot-fixed',
    kind: 'loss-curve',
    title: 'Training loss',
    caption: 'A fixed series for the golden file.',
    xLabel: 'Step',
    xUnit: '',
    yLabel: 'Loss',
    yUnit: 'nats',
    logScale: false,
    derivation: 'none',
    series: [
      {
        id: 'train',
        label: 'Model A training',
        modelId: 'model-a',
        points: [
          [0, 2.4],
          [100, 1.6],
          [200, 1.1],
          [300, null],
          [400, 0.62],
          [500, 0.55],
          [600, 0.51],
        ],
      },
      {
        id: 'validation',
        label: 'Model A validation',
        modelId: 'model-a',
        points: [
          [0, 2.5],
          [200, 1.3],
          [400, 0.8],
          [600, 0.74],
        ],
      },
    ],
    ...overrides,
  };
}

function pathsOf(svg: string): string[] {
  return [...parseSvg(svg).getElementsByTagName('path')].map(
    (path) => path.getAttribute('d') ?? '',
  );
}

function textsOf(svg: string): string[] {
  return [...parseSvg(svg).getElementsByTagName('text')].map((text) => text.textContent ?? '');
}

describe('renderPlotSvg', () => {
  it('matches the golden SVG for a fixed loss curve', () => {
    expectGolden(
      renderPlotSvg(curve(), models, { ...size, theme: 'light' }),
      'plot-loss-curve.svg',
    );
  });

  it('matches the golden SVG for the example size-vs-performance plot', () => {
    expectGolden(
      renderPlotSvg(examplePlot('size-vs-performance'), models, { ...size, theme: 'light' }),
      'plot-size-vs-performance.svg',
    );
  });

  it.each(plotKinds.flatMap((kind) => themes.map((theme) => [kind, theme] as const)))(
    'writes a self-contained, well-formed %s SVG in the %s theme',
    (kind, theme) => {
      const svg = renderPlotSvg(
        examplePlot(kind === 'metric-curve' ? 'loss-curve' : kind),
        models,
        {
          width: 800,
          height: 500,
          theme,
        },
      );
      expect(findXmlProblems(svg)).toEqual([]);
      const root = parseSvg(svg).documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(root.getAttribute('viewBox')).toBe('0 0 800 500');
      expect(root.getAttribute('width')).toBe('800');
      expect(root.getAttribute('height')).toBe('500');
      expect(svg).not.toMatch(/<script|<style|<image|<foreignObject|href=|url\(|\son[a-z]+=/iu);
    },
  );

  it('is deterministic and leaves the plot unchanged', () => {
    const plot = examplePlot('loss-curve');
    const before = structuredClone(plot);
    const first = renderPlotSvg(plot, models, { ...size, theme: 'dark' });
    expect(renderPlotSvg(plot, models, { ...size, theme: 'dark' })).toBe(first);
    expect(plot).toEqual(before);
  });

  it('escapes markup and drops XML-invalid characters from every user text', () => {
    const hostile = '<script>&"]]>\u0000\u0008\u000B\uFFFE\uD800 end';
    const plot = curve({
      title: hostile,
      caption: hostile,
      xLabel: hostile,
      yLabel: hostile,
      series: curve().series.map((series) => ({ ...series, label: hostile })),
    });
    for (const kind of plotKinds) {
      const svg = renderPlotSvg({ ...plot, kind }, models, {
        width: 1600,
        height: 800,
        theme: 'light',
      });
      expect(findXmlProblems(svg)).toEqual([]);
      expect(svg).not.toContain('<script');
      const document = parseSvg(svg);
      expect(document.getElementsByTagName('script')).toHaveLength(0);
      expect(document.getElementsByTagName('title')[0]?.textContent).toBe('<script>&"]]> end');
      expect(textsOf(svg)).toContain('<script>&"]]> end');
    }
  });

  it('breaks the line where a value is missing', () => {
    const [training] = pathsOf(renderPlotSvg(curve(), models, { ...size, theme: 'light' })).filter(
      (d) => d.startsWith('M') && !d.includes('A'),
    );
    expect(training?.match(/M/gu)).toHaveLength(2);
  });

  it('uses a log scale for loss when asked and possible, else says why not', () => {
    const logTicks = textsOf(
      renderPlotSvg(curve({ logScale: true }), models, { ...size, theme: 'light' }),
    );
    expect(logTicks).toEqual(expect.arrayContaining(['0.5', '1', '2']));
    const negative = curve({
      logScale: true,
      series: [
        {
          id: 'delta',
          label: 'Delta',
          modelId: '',
          points: [
            [0, -1],
            [1, 2],
          ],
        },
      ],
    });
    expect(textsOf(renderPlotSvg(negative, models, { ...size, theme: 'light' }))).toContain(
      'Linear y axis: a logarithmic one needs every value above 0.',
    );
  });

  it('writes axis titles with units and a legend entry per series', () => {
    const texts = textsOf(renderPlotSvg(curve(), models, { ...size, theme: 'light' }));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Training loss',
        'Step',
        'Loss (nats)',
        'Model A training',
        'Model A validation',
      ]),
    );
  });

  it('falls back to axis titles by kind when labels are empty', () => {
    const texts = textsOf(
      renderPlotSvg(curve({ xLabel: '', yLabel: '', yUnit: '' }), models, {
        ...size,
        theme: 'light',
      }),
    );
    expect(texts).toEqual(expect.arrayContaining(['Step', 'Loss']));
  });

  it('draws 100,000 points as about a thousand', () => {
    const points = Array.from({ length: 100_000 }, (_, index): [number, number] => [
      index,
      Math.exp(-index / 20_000) + 0.05 * Math.sin(index),
    ]);
    const svg = renderPlotSvg(
      curve({ series: [{ id: 'long', label: 'Long run', modelId: '', points }] }),
      models,
      { ...size, theme: 'light' },
    );
    const line =
      pathsOf(svg).find((d) => d.startsWith('M') && !d.includes('A') && d.length > 1000) ?? '';
    const vertices = line.match(/[ML]/gu)?.length ?? 0;
    expect(vertices).toBeGreaterThan(900);
    expect(vertices).toBeLessThanOrEqual(1002);
    expect(svg.length).toBeLessThan(60_000);
  });

  it('labels every point of a size-vs-performance plot and every bar', () => {
    const scatter = textsOf(
      renderPlotSvg(examplePlot('size-vs-performance'), models, { ...size, theme: 'light' }),
    );
    const bars = textsOf(
      renderPlotSvg(examplePlot('metric-bar'), models, { ...size, theme: 'light' }),
    );
    for (const name of ['Model A', 'Model B', 'Model C', 'Model D']) {
      expect(scatter).toContain(name);
      expect(bars).toContain(name);
    }
    expect(bars).toEqual(expect.arrayContaining(['93.8', '93.4', '92.6', '94.2']));
  });

  it('shows a bar without a value as n/a', () => {
    const plot = examplePlot('metric-bar');
    const withGap = {
      ...plot,
      series: plot.series.map((series, index) =>
        index === 1 ? { ...series, points: [] } : series,
      ),
    };
    expect(textsOf(renderPlotSvg(withGap, models, { ...size, theme: 'light' }))).toContain('n/a');
  });

  it('says so when there is nothing to draw', () => {
    for (const kind of plotKinds) {
      const svg = renderPlotSvg(curve({ kind, series: [] }), models, { ...size, theme: 'light' });
      expect(textsOf(svg)).toContain('No data to plot yet');
    }
  });

  it('gives a model the same colour in every figure, whatever else is plotted', () => {
    const fillsOf = (svg: string) =>
      [...parseSvg(svg).getElementsByTagName('path')].map((path) => path.getAttribute('fill'));
    const onlyD = examplePlot('size-vs-performance');
    const svg = renderPlotSvg(
      { ...onlyD, series: onlyD.series.filter((series) => series.modelId === 'model-d') },
      models,
      { ...size, theme: 'light' },
    );
    const full = renderPlotSvg(onlyD, models, { ...size, theme: 'light' });
    expect(fillsOf(svg)[0]).toBe(fillsOf(full)[3]);
  });
});
