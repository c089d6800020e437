import { describe, expect, it, vi } from 'vitest';
import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import type * as markdownFigureModule from '@/export/markdownFigureDataUri';
import {
  drawMarkdownFigures,
  drawMarkdownFiguresAhead,
  stopMarkdownFiguresAhead,
  takeMarkdownFigures,
} from '@/files/drawMarkdownFigures';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';

const drawing = vi.hoisted(() => ({
  figures: 0,
  afterFigure: undefined as (() => void) | undefined,
}));

vi.mock('@/export/markdownFigureDataUri', async (importOriginal) => {
  const actual = await importOriginal<typeof markdownFigureModule>();
  return {
    markdownFigureDataUri: (...parameters: Parameters<typeof actual.markdownFigureDataUri>) => {
      drawing.figures += 1;
      const address = actual.markdownFigureDataUri(...parameters);
      drawing.afterFigure?.();
      return address;
    },
  };
});

/** Each figure's address, as the Markdown export writes it, in UTF-8. */
function encodedAddresses(report: Report): Uint8Array[] {
  return report.results.plots.map((plot) =>
    new TextEncoder().encode(markdownFigureDataUri(report, plot)),
  );
}

describe('drawMarkdownFigures', () => {
  it('gives every plot its Markdown figure address, by plot index', async () => {
    const example = createExampleReport();
    expect(await drawMarkdownFigures(example)).toEqual(encodedAddresses(example));
  });

  it('hands over the figures drawn ahead once, for that report only', async () => {
    const example = createExampleReport();
    const expected = encodedAddresses(example);
    drawMarkdownFiguresAhead(example);
    const ahead = takeMarkdownFigures(example);
    expect(await ahead).toEqual(expected);
    // Taken once: the next export draws again, and gives the same figures.
    const again = takeMarkdownFigures(example);
    expect(again).not.toBe(ahead);
    expect(await again).toEqual(expected);
    // Drawn ahead for another report: not used for this one.
    drawMarkdownFiguresAhead({ ...example, results: { ...example.results, plots: [] } });
    expect(await takeMarkdownFigures(example)).toEqual(expected);
  });

  it('stops before the next plot once its signal is aborted, with the figures drawn until then', async () => {
    const example = createExampleReport();
    expect(example.results.plots.length).toBeGreaterThan(1);
    const stop = new AbortController();
    drawing.afterFigure = () => stop.abort();
    try {
      expect(await drawMarkdownFigures(example, stop.signal)).toEqual(
        encodedAddresses(example).slice(0, 1),
      );
    } finally {
      drawing.afterFigure = undefined;
    }
  });

  it('drops the figures drawn ahead once another format is picked, and draws them again for Markdown', async () => {
    const example = createExampleReport();
    const expected = encodedAddresses(example);
    drawing.figures = 0;
    drawMarkdownFiguresAhead(example);
    stopMarkdownFiguresAhead();
    // Long enough for every figure to be drawn ahead, had it not stopped.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(drawing.figures).toBe(0);
    expect(await takeMarkdownFigures(example)).toEqual(expected);
    expect(drawing.figures).toBe(example.results.plots.length);
  });

  it('stops the figures drawn ahead for a report that changed before Markdown was picked', async () => {
    const before = createExampleReport();
    // Held text committed as Markdown is picked: the report drawn ahead is no longer the one exported.
    const after = { ...before, results: { ...before.results } };
    const expected = encodedAddresses(after);
    drawing.figures = 0;
    drawMarkdownFiguresAhead(before);
    expect(await takeMarkdownFigures(after)).toEqual(expected);
    // Long enough for the earlier report's figures to be drawn too, had they not stopped.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(drawing.figures).toBe(after.results.plots.length);
  });
});
