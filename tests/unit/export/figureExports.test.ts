import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { buildMarkdownArchive } from '@/export/buildMarkdownArchive';
import { buildReportOutline } from '@/export/buildReportOutline';
import { encodeBase64 } from '@/export/encodeBase64';
import { exportFigureSize } from '@/export/exportFigureSize';
import { listOutlineFigures } from '@/export/listOutlineFigures';
import { packDocx } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import { describePlotImage } from '@/plot/describePlotImage';
import { resolvePlot } from '@/plot/resolvePlot';
import { parseSvg } from '../plot/support/parseSvg';
import { docxText } from './support/docxText';
import { findXmlProblems } from './support/findXmlProblems';
import { nodesOfType, parseExportedMarkdown, textOf } from './support/parseExportedMarkdown';
import { fakeFigureImages } from './support/fakeFigureImages';

const example = createExampleReport();
const captions = example.results.plots.map(
  (plot, index) => `Figure ${index + 1}: ${plot.title} ${plot.caption}`,
);

function decodeDataUri(url: string): string {
  const prefix = 'data:image/svg+xml;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64').toString('utf8');
}

describe('figures in Markdown', () => {
  const { tree } = parseExportedMarkdown(buildMarkdown(example));

  it('embeds each plot as an SVG data URI, described in its alt text, right above its caption', () => {
    const images = nodesOfType(tree, 'image');
    expect(images).toHaveLength(example.results.plots.length);
    images.forEach((image, index) => {
      const plot = example.results.plots[index];
      if (plot === undefined) throw new Error('more images than plots');
      const resolved = resolvePlot(example, plot);
      expect(image.alt).toBe(describePlotImage(resolved.plot, resolved.valueTexts));
      const svg = parseSvg(decodeDataUri(image.url));
      expect(svg.documentElement.getAttribute('width')).toBe(String(exportFigureSize.width));
      expect(svg.getElementsByTagName('desc')[0]?.textContent).toBe(plot.caption);
    });
    const paragraphs = nodesOfType(tree, 'paragraph');
    const imageParagraphs = paragraphs.filter((paragraph) =>
      paragraph.children.some((child) => child.type === 'image'),
    );
    imageParagraphs.forEach((paragraph, index) => {
      const next = paragraphs[paragraphs.indexOf(paragraph) + 1];
      expect(next === undefined ? '' : textOf(next)).toBe(captions[index]);
    });
  });

  it('drops the written notes where the image shows the plot', () => {
    const paragraphs = nodesOfType(tree, 'paragraph').map((node) => textOf(node));
    expect(paragraphs.some((text) => text.startsWith('Series: '))).toBe(false);
  });

  it('links figures/figure-N.svg by relative path when the figures are files', () => {
    const linked = parseExportedMarkdown(buildMarkdown(example, { figures: 'linked' })).tree;
    expect(nodesOfType(linked, 'image').map((image) => image.url)).toEqual(
      example.results.plots.map((_, index) => `figures/figure-${index + 1}.svg`),
    );
  });
});

describe('buildMarkdownArchive', () => {
  const files = unzipSync(buildMarkdownArchive(example));

  it('holds report.md and one SVG per figure, at the paths report.md links', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'report.md',
        ...example.results.plots.map((_, index) => `figures/figure-${index + 1}.svg`),
      ].sort(),
    );
    const markdown = strFromU8(files['report.md'] ?? new Uint8Array());
    const urls = nodesOfType(parseExportedMarkdown(markdown).tree, 'image').map(
      (image) => image.url,
    );
    for (const url of urls) {
      const svg = files[url];
      expect(svg, url).toBeDefined();
      expect(parseSvg(strFromU8(svg ?? new Uint8Array())).documentElement.nodeName).toBe('svg');
    }
    expect(markdown).not.toContain('data:image');
  });

  it('is the same archive for the same report', () => {
    expect(buildMarkdownArchive(example)).toEqual(buildMarkdownArchive(example));
  });
});

describe('figures in Word', () => {
  it('embeds each figure as a PNG with its numbered caption below it and a description', async () => {
    const bytes = await packDocx(example, fakeFigureImages(example));
    const parts = unzipSync(bytes);
    const media = Object.keys(parts).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(example.results.plots.length);
    for (const path of media) expect(path).toMatch(/\.png$/u);

    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(findXmlProblems(documentXml)).toEqual([]);
    const drawings = [...documentXml.matchAll(/<w:drawing>.*?<\/w:drawing>/gsu)];
    expect(drawings).toHaveLength(example.results.plots.length);
    drawings.forEach((drawing, index) => {
      const plot = example.results.plots[index];
      if (plot === undefined) throw new Error('more drawings than plots');
      expect(drawing[0]).toContain(`title="Figure ${index + 1}: ${plot.title}"`);
      expect(drawing[0]).toContain('descr="');
      const after = documentXml.slice((drawing.index ?? 0) + drawing[0].length);
      const captionParagraph = /<w:p>.*?<\/w:p>/su.exec(after)?.[0] ?? '';
      expect(captionParagraph).toContain('<w:pStyle w:val="Caption"/>');
      expect(docxText(captionParagraph).trim()).toBe(captions[index]);
    });
    expect(documentXml).not.toContain('<w:pStyle w:val="FigureNote"/>');
  });

  it('prints the rasterized figures at the text width and well over 150 dpi', async () => {
    const widthPx = exportFigureSize.docxPixelWidth;
    const heightPx = Math.round((widthPx * exportFigureSize.height) / exportFigureSize.width);
    const figures = new Map(
      [...fakeFigureImages(example)].map(([id, figure]) => [id, { ...figure, widthPx, heightPx }]),
    );
    const documentXml = strFromU8(
      unzipSync(await packDocx(example, figures))['word/document.xml'] ?? new Uint8Array(),
    );
    const extents = [...documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/gu)];
    expect(extents).toHaveLength(example.results.plots.length);
    for (const [, cx = '0', cy = '0'] of extents) {
      const inches = Number(cx) / 914_400;
      expect(inches).toBeGreaterThan(6);
      expect(inches).toBeLessThanOrEqual(6.27);
      expect(widthPx / inches).toBeGreaterThanOrEqual(150);
      expect(Number(cy) / Number(cx)).toBeCloseTo(heightPx / widthPx, 2);
    }
  });

  it('keeps the caption and the written notes for a plot without an image', async () => {
    const figures = fakeFigureImages(example);
    const [firstPlot] = example.results.plots;
    if (firstPlot === undefined) throw new Error('no plot');
    figures.delete(firstPlot.id);
    const documentXml = strFromU8(
      unzipSync(await packDocx(example, figures))['word/document.xml'] ?? new Uint8Array(),
    );
    expect([...documentXml.matchAll(/<w:drawing>/gu)]).toHaveLength(
      example.results.plots.length - 1,
    );
    const notes = buildReportOutline(example).sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'figure' ? block.figure.notes : [])),
    );
    expect(notes.length).toBeGreaterThan(0);
    expect(docxText(documentXml)).toContain(notes[0]);
  });
});

describe('listOutlineFigures and encodeBase64', () => {
  it('lists the figures in caption order with their plot ids', () => {
    expect(
      listOutlineFigures(buildReportOutline(example)).map(({ number, plotId }) => [number, plotId]),
    ).toEqual(example.results.plots.map((plot, index) => [index + 1, plot.id]));
  });

  it('encodes UTF-8 text as standard base64, also past one chunk', () => {
    for (const text of ['', 'a', 'µ±→ 🙂', 'x'.repeat(100_000) + 'é', '±'.repeat(100_000) + 'x'])
      expect(encodeBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });

  it(
    'encodes any text as its UTF-8 bytes, lone surrogates as U+FFFD like TextEncoder',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          expect(encodeBase64(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
        }),
        { numRuns: 300 },
      );
    },
  );
});
