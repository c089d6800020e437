import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarkdownWithFigureSlots } from '@/export/buildMarkdownWithFigureSlots';
import { buildReportOutline } from '@/export/buildReportOutline';
import { interleave } from '@/export/interleave';
import { markdownFigureDataUri } from '@/export/markdownFigureDataUri';
import { writeMarkdown } from '@/export/writeMarkdown';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { arbitraryMutatedReport } from './support/arbitraryMutatedReport';

/** The Markdown with each figure's data URI written in place, as the export did in one go. */
function embeddedMarkdown(report: Report): string {
  return writeMarkdown(report, buildReportOutline(report), (plotIndex) => {
    const plot = report.results.plots[plotIndex];
    return plot === undefined ? '' : markdownFigureDataUri(report, plot);
  });
}

function joined(report: Report): string {
  const { pieces, plotIndices } = buildMarkdownWithFigureSlots(report);
  const addresses = plotIndices.map((plotIndex) => {
    const plot = report.results.plots[plotIndex];
    return plot === undefined ? '' : markdownFigureDataUri(report, plot);
  });
  return interleave(pieces, addresses).join('');
}

describe('buildMarkdownWithFigureSlots', () => {
  const example = createExampleReport();

  it('leaves one slot per figure, in figure order, between pieces without any address', () => {
    const { pieces, plotIndices } = buildMarkdownWithFigureSlots(example);
    expect(plotIndices).toEqual(example.results.plots.map((_, index) => index));
    expect(pieces).toHaveLength(plotIndices.length + 1);
    for (const piece of pieces) expect(piece).not.toContain('data:image/svg+xml');
    expect(pieces[1]?.startsWith(')')).toBe(true);
  });

  it(
    'joined with the figures, is the Markdown written with them in place',
    { timeout: 30_000 },
    () => {
      expect(joined(example)).toBe(embeddedMarkdown(example));
      fc.assert(
        fc.property(arbitraryMutatedReport(), (report) => {
          expect(joined(report)).toBe(embeddedMarkdown(report));
        }),
        { numRuns: 40 },
      );
    },
  );

  it('points two figures of plots with the same id at the first, as the caption lookup does', () => {
    const [first, second] = example.results.plots;
    if (first === undefined || second === undefined) throw new Error('two plots expected');
    const report: Report = {
      ...example,
      results: { ...example.results, plots: [first, { ...second, id: first.id }] },
    };
    expect(buildMarkdownWithFigureSlots(report).plotIndices).toEqual([0, 0]);
    expect(joined(report)).toBe(embeddedMarkdown(report));
  });
});

describe('interleave', () => {
  it('puts each address between two pieces', () => {
    expect(interleave(['a', 'c', 'e'], ['b', 'd'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(interleave(['only'], [])).toEqual(['only']);
  });
});
