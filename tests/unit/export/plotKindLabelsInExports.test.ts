import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildReportOutline } from '@/export/buildReportOutline';
import { packDocx } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import { plotKinds, type Report } from '@/model/reportSchema';
import { plotKindDefinitions } from '@/plot/plotKindDefinitions';
import { docxText } from './support/docxText';
import { nodesOfType, parseExportedMarkdown, textOf } from './support/parseExportedMarkdown';

const example = createExampleReport();

/** The example with one untitled figure per plot kind, in the schema's order. */
function reportWithUntitledPlotOfEachKind(): Report {
  const plots = plotKinds.map((kind) => {
    const stored =
      example.results.plots.find((plot) => plot.kind === kind) ??
      example.results.plots.find((plot) => plot.kind === 'loss-curve');
    if (stored === undefined) throw new Error('the example has no loss curves');
    return { ...stored, id: `plot-${kind}`, kind, title: '', caption: '' };
  });
  return { ...example, results: { ...example.results, plots } };
}

const report = reportWithUntitledPlotOfEachKind();
const labels = plotKinds.map((kind) => plotKindDefinitions[kind].label);

describe('plot kind labels in the exports', () => {
  it('titles an untitled figure and starts its notes with its kind’s label', () => {
    const figures = buildReportOutline(report).sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : [])),
    );
    expect(figures.map((figure) => figure.title)).toEqual(labels);
    figures.forEach((figure, index) =>
      expect(figure.notes[0]?.startsWith(`${labels[index]}; x: `)).toBe(true),
    );
  });

  it('writes the label in each Markdown figure caption', () => {
    const { tree } = parseExportedMarkdown(buildMarkdown(report));
    const captions = nodesOfType(tree, 'paragraph')
      .map((paragraph) => textOf(paragraph))
      .filter((text) => /^Figure \d+: /u.test(text));
    expect(captions).toEqual(labels.map((label, index) => `Figure ${index + 1}: ${label}`));
  });

  it('writes the label in each Word caption and figure note', async () => {
    const documentText = docxText(
      strFromU8(unzipSync(await packDocx(report))['word/document.xml'] ?? new Uint8Array()),
    );
    labels.forEach((label, index) => {
      expect(documentText).toContain(`Figure ${index + 1}: ${label}\n`);
      expect(documentText).toContain(`\n${label}; x: `);
    });
  });
});
