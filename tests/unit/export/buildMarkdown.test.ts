import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { sanitizeExportText } from '@/export/sanitizeExportText';
import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { deriveModelSummary, modelSummaryColumns } from '@/model/modelSummary';
import type { Report } from '@/model/reportSchema';
import { richTextFromBlocks, textNode } from '@/model/richText';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import { sectionRegistry } from '@/model/sectionRegistry';
import { escapingCases } from './support/escapingCases';
import { expectGolden } from './support/expectGolden';
import { xmlInvalidCharacter } from './support/xmlInvalidCharacter';
import {
  findTableByHeader,
  nodesOfType,
  parseExportedMarkdown,
  tableTexts,
  textOf,
} from './support/parseExportedMarkdown';

const summaryHeader = modelSummaryColumns.map((column) => column.label);

function cloneExample(): Report {
  return structuredClone(createExampleReport());
}

function headingTexts(tree: Root, depth: number): string[] {
  return nodesOfType(tree, 'heading')
    .filter((heading) => heading.depth === depth)
    .map((heading) => textOf(heading));
}

describe('buildMarkdown', () => {
  const example = createExampleReport();
  const markdown = buildMarkdown(example);
  const { frontMatter, tree } = parseExportedMarkdown(markdown);

  it('matches the golden file of the example report', () => {
    expectGolden(markdown, 'example.md');
  });

  it('starts with YAML front matter of the title page', () => {
    expect(frontMatter).toEqual({
      title: example.titlePage.title,
      subtitle: example.titlePage.subtitle,
      authors: example.titlePage.authors.map((author) => author.name),
      date: example.titlePage.date,
      version: example.titlePage.version,
      license: example.titlePage.license,
      status: example.titlePage.status,
      organization: example.titlePage.organization,
    });
  });

  it('has the title as the only level-1 heading and the nine numbered sections in registry order', () => {
    expect(headingTexts(tree, 1)).toEqual([example.titlePage.title]);
    expect(headingTexts(tree, 2)).toEqual(
      sectionRegistry.map((section) => `${section.number}. ${section.title}`),
    );
  });

  it('derives the models summary table from the model cards', () => {
    const table = findTableByHeader(tree, summaryHeader);
    expect(table).toBeDefined();
    const rows = deriveModelSummary(example).map((row) =>
      modelSummaryColumns.map((column) => row[column.key]),
    );
    expect(tableTexts(table!).slice(1)).toEqual(rows);
    expect(table!.align).toEqual(['left', 'left', 'left', 'right', 'right']);
  });

  it('writes the metric table with a row per model and value ± spread per metric and split', () => {
    const table = nodesOfType(tree, 'table').find((candidate) =>
      tableTexts(candidate)[0]?.includes('Accuracy ↑ (test)'),
    );
    expect(table).toBeDefined();
    const texts = tableTexts(table!);
    expect(texts.map((row) => row[0])).toEqual([
      'Model',
      'Model A',
      'Model B',
      'Model C',
      'Model D',
    ]);
    // The metric's unit follows the value and spread once.
    expect(texts[4]).toContain('94.2 ± 0.2 %');
    expect(markdown).toContain('mean ± standard deviation over 3 runs');
  });

  it('shows select values by their label and numbers as people write them', () => {
    expect(markdown).toContain('- **Status:** Final');
    expect(markdown).toContain('- **Method:** Full fine-tuning');
    expect(markdown).toContain('- **Learning rate:** 2e-4');
  });

  it('leaves out fields that are hidden for a model', () => {
    const fullFineTuning = markdown.slice(
      markdown.indexOf('#### Model B'),
      markdown.indexOf('#### Model C'),
    );
    expect(fullFineTuning).not.toContain('LoRA settings');
    expect(fullFineTuning).not.toContain('Quantization');
  });

  it('leaves empty fields out instead of printing blank labels', () => {
    const empty = buildMarkdown(createEmptyReport('empty-report'));
    const emptyTree = parseExportedMarkdown(empty).tree;
    expect(empty).not.toMatch(/\*\*[^*\n]+:\*\*\s*$/mu);
    expect(nodesOfType(emptyTree, 'table')).toEqual([]);
    expect(headingTexts(emptyTree, 2)).toHaveLength(sectionRegistry.length);
    expect(headingTexts(emptyTree, 1)).toEqual(['Untitled report']);
  });

  it('nests rich-text headings below the section heading, capped at level 6', () => {
    const report = cloneExample();
    report.abstract.summary = richTextFromBlocks(
      { type: 'heading', attrs: { level: 1 }, content: [textNode('Goal')] },
      { type: 'heading', attrs: { level: 6 }, content: [textNode('Deep')] },
    );
    report.background.motivation = richTextFromBlocks({
      type: 'heading',
      attrs: { level: 1 },
      content: [textNode('Motivation heading')],
    });
    const output = parseExportedMarkdown(buildMarkdown(report)).tree;
    expect(headingTexts(output, 3)).toContain('Goal');
    expect(headingTexts(output, 6)).toContain('Deep');
    expect(headingTexts(output, 4)).toContain('Motivation heading');
  });

  it('writes rich text node by node: marks, links, lists, code and tables', () => {
    const report = cloneExample();
    report.abstract.summary = richTextFromBlocks(
      {
        type: 'paragraph',
        content: [
          textNode('bold', [{ type: 'bold' }]),
          textNode(' '),
          textNode('italic', [{ type: 'italic' }]),
          textNode(' '),
          textNode('gone', [{ type: 'strike' }]),
          textNode(' '),
          textNode('x | y', [{ type: 'code' }]),
          textNode(' '),
          textNode('site', [{ type: 'link', attrs: { href: 'https://example.org/a_(b)' } }]),
          { type: 'hardBreak' },
          textNode('after break'),
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [textNode('third')] }] },
        ],
      },
      { type: 'codeBlock', attrs: { language: 'python' }, content: [textNode('print("| *")')] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [textNode('quoted')] }] },
      { type: 'horizontalRule' },
    );
    const parsed = parseExportedMarkdown(buildMarkdown(report)).tree;
    expect(nodesOfType(parsed, 'strong').map((node) => textOf(node))).toContain('bold');
    expect(nodesOfType(parsed, 'emphasis').map((node) => textOf(node))).toContain('italic');
    expect(nodesOfType(parsed, 'delete').map((node) => textOf(node))).toContain('gone');
    expect(nodesOfType(parsed, 'inlineCode').map((node) => node.value)).toContain('x | y');
    expect(nodesOfType(parsed, 'link').map((node) => node.url)).toContain(
      'https://example.org/a_(b)',
    );
    expect(nodesOfType(parsed, 'break').length).toBeGreaterThan(0);
    expect(
      nodesOfType(parsed, 'list').some((list) => list.ordered === true && list.start === 3),
    ).toBe(true);
    expect(nodesOfType(parsed, 'code')).toContainEqual(
      expect.objectContaining({ lang: 'python', value: 'print("| *")' }),
    );
    expect(nodesOfType(parsed, 'blockquote').map((node) => textOf(node))).toContain('quoted');
    expect(nodesOfType(parsed, 'thematicBreak').length).toBeGreaterThan(0);
    const richTable = findTableByHeader(parsed, [
      'Model',
      'GPU-hours (3 seeds)',
      'Peak memory',
      'Checkpoint size',
      'Confident on OOS',
    ]);
    expect(richTable).toBeDefined();
  });

  it('prints every checklist item with the answer in force, derived or the author’s', () => {
    const report = cloneExample();
    report.appendix.checklist = {
      'pineau-number-of-runs': { answer: 'yes', justification: 'Three seeds, Section 6' },
      'code-pretrained-models': { answer: 'not-applicable', justification: '' },
      'retired-item': { answer: 'no', justification: 'kept from an older checklist' },
      'neurips-8-compute': { answer: '', justification: '' },
    };
    const table = findTableByHeader(parseExportedMarkdown(buildMarkdown(report)).tree, [
      'Item',
      'Answer',
      'Source',
      'Where or why',
    ]);
    const rows = tableTexts(table!).slice(1);
    expect(rows).toHaveLength(reproducibilityChecklist.length + 1);
    const byQuestion = new Map(rows.map((row) => [row[0], row.slice(1)]));
    expect(byQuestion.get('The exact number of training and evaluation runs is stated.')).toEqual([
      'Yes',
      'Author',
      'Three seeds, Section 6',
    ]);
    expect(byQuestion.get('Pre-trained (fine-tuned) models are available.')).toEqual([
      'N/A',
      'Author (derived: No)',
      'Appendix and references: No link to the fine-tuned weights is given.',
    ]);
    expect(
      byQuestion.get(
        '8. Compute resources: the type of compute workers, memory and time of execution are given for each experiment.',
      ),
    ).toEqual([
      'Yes',
      'Derived',
      'Models and approach: Training time (hours), GPU-hours and Peak GPU memory (GB) of all 4 models; GPU type and GPU count: 1 × NVIDIA A100-SXM4-80GB per run (Experimental setup).',
    ]);
    expect(rows.at(-1)).toEqual(['retired-item', 'No', 'Author', 'kept from an older checklist']);
  });

  it('numbers figures and keeps their captions', () => {
    const paragraphs = nodesOfType(tree, 'paragraph').map((node) => textOf(node));
    expect(paragraphs.filter((text) => /^Figure \d+: /u.test(text))).toHaveLength(
      example.results.plots.length,
    );
  });

  describe.each(escapingCases)('escaping: $name', ({ report, shown }) => {
    const output = buildMarkdown(report);
    const parsed = parseExportedMarkdown(output);

    it('keeps the nine section headings and the title as text, with no raw HTML', () => {
      expect(nodesOfType(parsed.tree, 'html')).toEqual([]);
      expect(headingTexts(parsed.tree, 2)).toEqual(
        sectionRegistry.map((section) => `${section.number}. ${section.title}`),
      );
      expect(headingTexts(parsed.tree, 1)).toEqual([
        sanitizeExportText(report.titlePage.title).trim() || 'Untitled report',
      ]);
      expect((parsed.frontMatter as { title: string }).title).toBe(headingTexts(parsed.tree, 1)[0]);
    });

    it('keeps the models summary table whole', () => {
      const table = findTableByHeader(parsed.tree, summaryHeader);
      expect(table?.children).toHaveLength(report.models.models.length + 1);
      for (const row of table?.children ?? []) expect(row.children).toHaveLength(5);
    });

    it('shows the texts as written, without characters XML forbids', () => {
      expect(output).not.toMatch(xmlInvalidCharacter);
      expect(output).not.toContain('\r');
      expect(output).not.toMatch(/\]\(javascript:/u);
      // The only data URIs are the figures the exporter draws itself.
      expect(output).not.toMatch(/\]\(data:(?!image\/svg\+xml;base64,)/u);
      for (const link of nodesOfType(parsed.tree, 'link'))
        expect(link.url).not.toMatch(/^\s*(javascript|data|vbscript):/iu);
      for (const image of nodesOfType(parsed.tree, 'image'))
        expect(image.url).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/u);
      const texts = [
        ...nodesOfType(parsed.tree, 'paragraph'),
        ...nodesOfType(parsed.tree, 'heading'),
        ...nodesOfType(parsed.tree, 'tableCell'),
      ].map((node) => textOf(node));
      for (const text of shown)
        expect(texts.some((candidate) => candidate.includes(text))).toBe(true);
    });
  });

  it(
    'gives a summary table of N+1 rows and 5 columns whatever the model names and datasets hold',
    { timeout: 30_000 },
    () => {
      const awkward = fc.constantFrom(
        '|',
        '\\',
        '*',
        '_',
        '`',
        '\n',
        '\r',
        '\t',
        '<',
        '>',
        '&',
        '#',
        '-',
        '1.',
        '[',
        ']',
        '(',
        ')',
        '~',
        ':',
        ' ',
        '&#124;',
        '\\|',
        '\uFFFF',
        '\uD800',
        '\u0000',
        '😀',
      );
      const cellText = fc.string({
        unit: fc.oneof(awkward, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        maxLength: 24,
      });
      const models = fc.array(fc.record({ name: cellText, dataset: cellText }), {
        minLength: 1,
        maxLength: 6,
      });
      fc.assert(
        fc.property(models, (entries) => {
          const report = createEmptyReport('property-report');
          report.models.models = entries.map((entry, index) => ({
            ...createEmptyModel(`model-${index}`),
            name: entry.name,
            dataset: entry.dataset,
          }));
          const table = findTableByHeader(
            parseExportedMarkdown(buildMarkdown(report)).tree,
            summaryHeader,
          );
          expect(table?.children).toHaveLength(entries.length + 1);
          const texts = tableTexts(table!);
          for (const row of texts) expect(row).toHaveLength(5);
          // A GFM cell is one line: a line break in a cell reads as one space.
          const asCell = (text: string) =>
            sanitizeExportText(text)
              .replace(/\s*\n\s*/gu, ' ')
              .trim();
          entries.forEach((entry, index) => {
            const name = asCell(entry.name);
            expect(texts[index + 1]?.[0]?.trim()).toBe(name === '' ? `Model ${index + 1}` : name);
            expect(texts[index + 1]?.[2]?.trim()).toBe(asCell(entry.dataset));
          });
        }),
        { numRuns: 150 },
      );
    },
  );
});
