import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import { deriveModelSummary, modelSummaryColumns } from '@/model/modelSummary';
import type { Report } from '@/model/reportSchema';
import { sectionRegistry } from '@/model/sectionRegistry';
import { escapingCases } from './support/escapingCases';
import {
  findTableByHeader,
  nodesOfType,
  tableTexts,
  textOf,
} from './support/parseExportedMarkdown';

const pandocFound = spawnSync('pandoc', ['--version']).status === 0;
// Section 1 is the title page in Word; the others are its Heading 1 paragraphs.
const sectionHeadings = sectionRegistry
  .slice(1)
  .map((section) => `${section.number}. ${section.title}`);
const directory = mkdtempSync(join(tmpdir(), 'docx-pandoc-'));

async function docxAsGfm(report: Report, name: string): Promise<string> {
  const file = join(directory, `${name}.docx`);
  writeFileSync(file, await packDocx(report));
  const result = spawnSync('pandoc', [file, '--from', 'docx', '--to', 'gfm'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
  return result.stdout;
}

function parseGfm(markdown: string) {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

describe('pandoc reads the exported DOCX', () => {
  // A missing reader fails the run: a test that quietly does not run proves nothing.
  beforeAll(() => {
    if (!pandocFound)
      throw new Error(
        'pandoc is not on PATH; install it with apt-get install pandoc (.ci/run does)',
      );
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('finds every section heading and every row of the models summary in the example', async () => {
    const example = createExampleReport();
    const tree = parseGfm(await docxAsGfm(example, 'example'));
    const headings = nodesOfType(tree, 'heading');
    expect(
      headings.filter((heading) => heading.depth === 1).map((heading) => textOf(heading)),
    ).toEqual(sectionHeadings);
    const summary = findTableByHeader(
      tree,
      modelSummaryColumns.map((column) => column.label),
    );
    expect(summary).toBeDefined();
    expect(tableTexts(summary!).slice(1)).toEqual(
      deriveModelSummary(example).map((row) =>
        modelSummaryColumns.map((column) => row[column.key]),
      ),
    );
    const metrics = nodesOfType(tree, 'table').find(
      (table) => tableTexts(table)[0]?.[0] === 'Model' && tableTexts(table)[0]?.length === 7,
    );
    expect(tableTexts(metrics!).map((row) => row[0])).toEqual([
      'Model',
      'Model A',
      'Model B',
      'Model C',
      'Model D',
    ]);
  });

  it.each(escapingCases.filter(({ name }) => !name.includes('megabyte')))(
    'reads "$name" with the title page and all eight numbered sections',
    async ({ report, name }) => {
      const tree = parseGfm(await docxAsGfm(report, name.replace(/\W+/gu, '-')));
      const headings = nodesOfType(tree, 'heading').filter((heading) => heading.depth === 1);
      expect(headings.map((heading) => textOf(heading))).toEqual(sectionHeadings);
    },
  );
});
