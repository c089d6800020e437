import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '@/export/packDocx';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { deriveModelSummary } from '@/model/modelSummary';
import type { Report } from '@/model/reportSchema';
import { richTextFromBlocks, textNode } from '@/model/richText';
import { sectionRegistry } from '@/model/sectionRegistry';
import { arbitraryMutatedReport } from './support/arbitraryMutatedReport';
import { docxText } from './support/docxText';
import { escapingCases } from './support/escapingCases';
import { expectGolden } from './support/expectGolden';
import { fakeFigureImages } from './support/fakeFigureImages';
import { findXmlProblems } from './support/findXmlProblems';
import { normalizeBookmarkIds } from './support/normalizeBookmarkIds';
import { prettyXml } from './support/prettyXml';
import { unzipDocx } from './support/unzipDocx';
import { packDocxDeterministically } from './support/packDocxDeterministically';

async function packParts(report: Report): Promise<Map<string, string>> {
  return unzipDocx(await packDocx(report));
}

function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`The DOCX has no ${path}`);
  return xml;
}

/** Every XML part well formed, and no relationship that points at a script. */
function expectValidPackage(parts: Map<string, string>): void {
  for (const [path, xml] of parts) {
    if (!path.endsWith('.xml') && !path.endsWith('.rels')) continue;
    expect({ path, problems: findXmlProblems(xml) }).toEqual({ path, problems: [] });
  }
  const targets = [...part(parts, 'word/_rels/document.xml.rels').matchAll(/Target="([^"]*)"/gu)];
  for (const [, target] of targets) expect(target).not.toMatch(/^\s*(javascript|data|vbscript):/iu);
}

/** The paragraphs with a style, as their text. */
function paragraphsWithStyle(documentXml: string, style: string): string[] {
  const paragraphs = documentXml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gsu) ?? [];
  return paragraphs
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map((paragraph) => docxText(paragraph).replace(/\n$/u, ''));
}

describe('buildDocx and packDocx', () => {
  const example = createExampleReport();
  // As the app exports it: every plot rasterized (small stand-in PNGs here).
  const figures = fakeFigureImages(example);
  // Packed before the tests, not while they are collected: docx takes ids from the mocked
  // Math.random, and a pack started alongside would take some of them.
  let built: Promise<Uint8Array>;
  beforeAll(async () => {
    built = packDocxDeterministically(example, figures);
    await built;
  });

  it('matches the golden word/document.xml of the example report', async () => {
    expectGolden(
      prettyXml(part(unzipDocx(await built), 'word/document.xml')),
      'example.document.xml',
    );
  });

  it('gives the same parts for the same report once the clock and ids are fixed', async () => {
    const normalized = (parts: Map<string, string>) =>
      [...parts].map(([path, xml]) => [path, normalizeBookmarkIds(xml)]);
    const again = unzipDocx(await packDocxDeterministically(example, figures));
    expect(normalized(again)).toEqual(normalized(unzipDocx(await built)));
  });

  it('is a well-formed package with core properties from the title page', async () => {
    const parts = unzipDocx(await built);
    expectValidPackage(parts);
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${example.titlePage.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${example.titlePage.subtitle}</dc:subject>`);
    expect(core).toContain(`<dc:creator>Amara Okafor; Jonas Lindqvist; Priya Raman</dc:creator>`);
    expect(core).toMatch(
      /<cp:keywords>[^<]*Llama-3\.1-8B[^<]*QLoRA[^<]*Banking77[^<]*<\/cp:keywords>/u,
    );
    expect(core).toContain('2025-03-14T09:00:00.000Z');
  });

  it('has section 1 as the title page, contents with page numbers, and sections 2 to 9 as Heading 1', async () => {
    const documentXml = part(unzipDocx(await built), 'word/document.xml');
    expect(paragraphsWithStyle(documentXml, 'Title')).toEqual([example.titlePage.title]);
    expect(paragraphsWithStyle(documentXml, 'Subtitle')).toEqual([example.titlePage.subtitle]);
    const toc = /<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/u.exec(documentXml)?.[1];
    expect(toc?.split(' ').sort()).toEqual(['&quot;1-2&quot;', 'TOC', '\\h', '\\o']);
    expect(documentXml).not.toContain('w:dirty="true"');
    expect(paragraphsWithStyle(documentXml, 'Heading1')).toEqual(
      sectionRegistry.slice(1).map((section) => `${section.number}. ${section.title}`),
    );
    const headings = [
      ...paragraphsWithStyle(documentXml, 'Heading1'),
      ...paragraphsWithStyle(documentXml, 'Heading2'),
    ];
    expect(headings).toEqual(expect.arrayContaining(['Models', 'Metric table', 'References']));
    // Each entry: its heading's text, a tab, and the page number laid out for it.
    const entries = [
      ...paragraphsWithStyle(documentXml, 'TOC1'),
      ...paragraphsWithStyle(documentXml, 'TOC2'),
    ];
    expect(entries).toHaveLength(headings.length);
    const pages = entries.map((entry) => {
      const match = /^(.*)\t(\d+)$/u.exec(entry);
      expect(match, entry).not.toBeNull();
      expect(headings).toContain(match?.[1]);
      return Number(match?.[2]);
    });
    expect(Math.min(...pages)).toBe(3);
  });

  it('shows every field of the title page on the title page, and not again after the contents', async () => {
    const documentXml = part(unzipDocx(await built), 'word/document.xml');
    const contentsAt = documentXml.indexOf('>Contents<');
    const titlePageText = docxText(documentXml.slice(0, contentsAt));
    const bodyText = docxText(documentXml.slice(contentsAt));
    const { titlePage } = example;
    for (const [label, value] of [
      ['Date', titlePage.date],
      ['Version', titlePage.version],
      ['Change note', titlePage.changeNote],
      ['Organization', titlePage.organization],
      ['Project', titlePage.project],
      ['License', titlePage.license],
      ['Status', 'Final'],
    ]) {
      expect(titlePageText).toContain(`${label}: ${value}`);
      expect(bodyText).not.toContain(`${label}: ${value}`);
    }
    for (const author of titlePage.authors) {
      for (const value of [author.name, author.affiliation, author.email, author.role])
        expect(titlePageText).toContain(value);
      expect(bodyText).not.toContain(author.email);
    }
  });

  it('writes the contents without page numbers, and complete as written, when laying out the pages would take too long', async () => {
    const report = createExampleReport();
    report.appendix.additionalLogs = richTextFromBlocks({
      type: 'paragraph',
      content: [textNode('log line '.repeat(4_000))],
    });
    const documentXml = part(await packParts(report), 'word/document.xml');
    const toc = /<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/u.exec(documentXml)?.[1];
    expect(toc).toContain('\\n &quot;1-2&quot;');
    expect(documentXml).not.toContain('PAGEREF');
    expect(documentXml).not.toContain('w:dirty="true"');
  });

  it('puts page numbers in the footer and none on the title page', async () => {
    const parts = unzipDocx(await built);
    const footers = [...parts]
      .filter(([path]) => /^word\/footer\d+\.xml$/u.test(path))
      .map(([, xml]) => xml);
    expect(
      footers.some(
        (xml) =>
          /<w:instrText[^>]*>\s*PAGE\s*</u.test(xml) &&
          /<w:instrText[^>]*>\s*NUMPAGES\s*</u.test(xml),
      ),
    ).toBe(true);
    expect(part(parts, 'word/document.xml')).toContain('<w:titlePg/>');
  });

  it('writes the models summary as a real table with a repeated, shaded header and right-aligned numbers', async () => {
    const documentXml = part(unzipDocx(await built), 'word/document.xml');
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/gsu) ?? [];
    const summary = tables.find((table) =>
      docxText(table).startsWith('Model\nMethod\nDataset\nEpochs / steps\nLearning rate\n'),
    );
    expect(summary).toBeDefined();
    const rows = summary!.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gsu) ?? [];
    expect(rows).toHaveLength(example.models.models.length + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toMatch(/<w:shd [^>]*w:fill="D9E2F3"/u);
    for (const [index, row] of deriveModelSummary(example).entries()) {
      const cells = rows[index + 1]?.match(/<w:tc>.*?<\/w:tc>/gsu) ?? [];
      expect(cells.map((cell) => docxText(cell).trim())).toEqual([
        row.model,
        row.method,
        row.dataset,
        row.epochs,
        row.learningRate,
      ]);
      expect(cells[4]).toContain('<w:jc w:val="right"/>');
    }
  });

  it('is accessible: language set, figures described, tables with header rows, real headings', async () => {
    const parts = unzipDocx(await built);
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/su.exec(part(parts, 'word/styles.xml'));
    expect(defaults?.[0]).toContain('<w:lang w:val="en-US"/>');
    const documentXml = part(parts, 'word/document.xml');
    const descriptions = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/gu)].map(
      ([, description]) => description,
    );
    expect(descriptions).toHaveLength(example.results.plots.length);
    for (const description of descriptions) expect(description?.length).toBeGreaterThan(40);
    const tables = documentXml.match(/<w:tbl>.*?<\/w:tbl>/gsu) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const firstRow = /<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/su.exec(table)?.[0];
      expect(firstRow).toContain('<w:tblHeader/>');
    }
    expect(paragraphsWithStyle(documentXml, 'Heading1')).toEqual(
      sectionRegistry.slice(1).map((section) => `${section.number}. ${section.title}`),
    );
  });

  it('writes lists as Word numbering and links only to http, https and mailto', async () => {
    const report = structuredClone(createExampleReport());
    report.abstract.summary = richTextFromBlocks(
      {
        type: 'paragraph',
        content: [
          textNode('safe', [
            { type: 'link', attrs: { href: 'https://example.org' } },
            { type: 'bold' },
          ]),
          textNode(' mail', [{ type: 'link', attrs: { href: 'mailto:ada@example.org' } }]),
          textNode(' unsafe', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          textNode(' code', [
            { type: 'code' },
            { type: 'underline' },
            { type: 'strike' },
            { type: 'italic' },
          ]),
        ],
      },
      {
        type: 'orderedList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [textNode('first')] }] },
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', content: [textNode('second')] },
              {
                type: 'bulletList',
                content: [
                  {
                    type: 'listItem',
                    content: [{ type: 'paragraph', content: [textNode('nested')] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    );
    const parts = await packParts(report);
    expectValidPackage(parts);
    const documentXml = part(parts, 'word/document.xml');
    const relationships = part(parts, 'word/_rels/document.xml.rels');
    expect(relationships).toContain('Target="https://example.org"');
    expect(relationships).toContain('Target="mailto:ada@example.org"');
    expect(relationships).not.toContain('javascript');
    expect(docxText(documentXml)).toContain('safe mail unsafe code');
    expect(documentXml).toMatch(/<w:rFonts w:ascii="Courier New"/u);
    expect(documentXml).toMatch(/<w:strike\/>/u);
    expect(documentXml).toMatch(/<w:u w:val="single"\/>/u);
    const numbered =
      documentXml.match(/<w:p>(?:(?!<\/w:p>).)*<w:numPr>(?:(?!<\/w:p>).)*<\/w:p>/gsu) ?? [];
    const numberedTexts = numbered.map((paragraph) => docxText(paragraph).trim());
    expect(numberedTexts).toEqual(expect.arrayContaining(['first', 'second', 'nested']));
    expect(part(parts, 'word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('builds an empty report without blank labels or empty tables', async () => {
    const parts = await packParts(createEmptyReport('empty-report'));
    expectValidPackage(parts);
    const documentXml = part(parts, 'word/document.xml');
    expect(paragraphsWithStyle(documentXml, 'Heading1')).toHaveLength(sectionRegistry.length - 1);
    expect(paragraphsWithStyle(documentXml, 'Title')).toEqual(['Untitled report']);
    expect(documentXml.match(/<w:tbl>/gu) ?? []).toHaveLength(0);
  });

  describe.each(escapingCases)('escaping: $name', ({ report, shown }) => {
    it('is a well-formed package that shows the texts as written', async () => {
      const resolved = await packParts(report);
      expectValidPackage(resolved);
      const text = docxText(part(resolved, 'word/document.xml'));
      for (const expected of shown) expect(text).toContain(expected);
      // Section 1 is the title page.
      expect(paragraphsWithStyle(part(resolved, 'word/document.xml'), 'Heading1')).toHaveLength(
        sectionRegistry.length - 1,
      );
    });
  });

  it(
    'always unzips to well-formed XML, whatever the texts and numbers hold',
    // Each run lays out some 16 pages.
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryMutatedReport(), async (report) => {
          expectValidPackage(await packParts(report));
        }),
        { numRuns: 12 },
      );
    },
  );
});
