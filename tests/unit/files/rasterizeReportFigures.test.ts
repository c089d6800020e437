import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { docxFigureSize } from '@/export/docxFigureSize';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';

const { rasterizeSvg, createSvgRasterizer } = vi.hoisted(() => {
  const rasterize = vi.fn<(svg: string, width: number, height: number) => Promise<Uint8Array>>();
  return {
    rasterizeSvg: rasterize,
    // Each rasterizer stands for one canvas; `rasterizeSvg` records what it drew, at what size.
    createSvgRasterizer: vi.fn(
      (width: number, height: number) => (svg: string) => rasterize(svg, width, height),
    ),
  };
});
vi.mock('@/files/rasterizeSvg', () => ({ createSvgRasterizer }));

const example = createExampleReport();
const encoder = new TextEncoder();

// A fresh module per test: it keeps the figures the last export drew.
async function loadModule() {
  vi.resetModules();
  return import('@/files/rasterizeReportFigures');
}

function drawnSvgs(): string[] {
  return rasterizeSvg.mock.calls.map(([svg]) => svg);
}

beforeEach(() => {
  rasterizeSvg.mockReset();
  createSvgRasterizer.mockClear();
  // Each PNG stands in as the bytes of its SVG's length, so a figure shows which drawing it is.
  rasterizeSvg.mockImplementation((svg) => Promise.resolve(encoder.encode(String(svg.length))));
  vi.stubGlobal('document', {});
  vi.stubGlobal('Image', class {});
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rasterizeReportFigures', () => {
  it('draws every plot at the Word figure size, by plot id', async () => {
    const { rasterizeReportFigures } = await loadModule();
    const figures = await rasterizeReportFigures(example);
    expect([...figures.keys()]).toEqual(example.results.plots.map((plot) => plot.id));
    for (const figure of figures.values()) expect(figure).toMatchObject(docxFigureSize);
    expect(rasterizeSvg.mock.calls.map(([, width, height]) => [width, height])).toEqual(
      example.results.plots.map(() => [docxFigureSize.widthPx, docxFigureSize.heightPx]),
    );
  });

  it('draws again only the figures whose drawing changed since the last export', async () => {
    const { rasterizeReportFigures } = await loadModule();
    const first = await rasterizeReportFigures(example);
    expect(rasterizeSvg).toHaveBeenCalledTimes(example.results.plots.length);
    // The caller hands its figures over: what it was given is its own.
    for (const figure of first.values()) figure.png.fill(0);

    rasterizeSvg.mockClear();
    const again = await rasterizeReportFigures(example);
    expect(rasterizeSvg).not.toHaveBeenCalled();
    const second = await loadModule().then(({ rasterizeReportFigures: fresh }) => fresh(example));
    expect(again).toEqual(second);

    const [firstPlot, ...otherPlots] = example.results.plots;
    if (firstPlot === undefined) throw new Error('The example has no plot');
    const retitled: Report = {
      ...example,
      results: {
        ...example.results,
        plots: [{ ...firstPlot, xLabel: `${firstPlot.xLabel} (changed)` }, ...otherPlots],
      },
    };
    rasterizeSvg.mockClear();
    await rasterizeReportFigures(retitled);
    expect(drawnSvgs()).toHaveLength(1);
    expect(drawnSvgs()[0]).toContain('(changed)');
  });

  it('draws every figure of an export on one canvas, and makes none when nothing is to draw', async () => {
    const { rasterizeReportFigures } = await loadModule();
    await rasterizeReportFigures(example);
    expect(createSvgRasterizer.mock.calls).toEqual([
      [docxFigureSize.widthPx, docxFigureSize.heightPx],
    ]);
    expect(rasterizeSvg).toHaveBeenCalledTimes(example.results.plots.length);
    createSvgRasterizer.mockClear();
    await rasterizeReportFigures(example);
    expect(createSvgRasterizer).not.toHaveBeenCalled();
  });

  it('leaves out a plot it cannot draw, and draws it again next time', async () => {
    const { rasterizeReportFigures } = await loadModule();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    rasterizeSvg.mockRejectedValueOnce(new Error('no canvas'));
    const figures = await rasterizeReportFigures(example);
    expect(figures.size).toBe(example.results.plots.length - 1);
    expect(warn).toHaveBeenCalledTimes(1);
    rasterizeSvg.mockClear();
    expect((await rasterizeReportFigures(example)).size).toBe(example.results.plots.length);
    expect(rasterizeSvg).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('draws nothing where there is no page to draw in', async () => {
    vi.unstubAllGlobals();
    const { canRasterizeFigures, rasterizeReportFigures } = await loadModule();
    expect(canRasterizeFigures()).toBe(false);
    expect((await rasterizeReportFigures(example)).size).toBe(0);
    expect(rasterizeSvg).not.toHaveBeenCalled();
  });
});
