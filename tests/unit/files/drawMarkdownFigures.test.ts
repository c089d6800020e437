import { describe, expect, it } from 'vitest';
import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import {
  drawMarkdownFigures,
  drawMarkdownFiguresAhead,
  takeMarkdownFigures,
} from '@/files/drawMarkdownFigures';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';

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
});
