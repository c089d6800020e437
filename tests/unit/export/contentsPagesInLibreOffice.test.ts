import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '@/export/packDocx';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { benchProfiles, createBenchReport } from '../../support/benchReports';
import { fakeFigureImages } from './support/fakeFigureImages';

/**
 * The page numbers in the contents are laid out in the browser, without Word. They are proven
 * here against a real reader: LibreOffice turns the DOCX into a PDF, and each entry's number must
 * be the page its heading is printed on. Carlito stands in for Calibri (same widths), as on any
 * machine without Office.
 */
const directory = mkdtempSync(join(tmpdir(), 'docx-contents-'));
const found = (command: string, versionFlag: string): boolean =>
  spawnSync(command, [versionFlag]).status === 0;

interface ContentsEntry {
  title: string;
  page: number;
}

/** The text of each page, as pdftotext lays it out. */
function pdfPages(pdfFile: string): string[] {
  const result = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.split('\f').slice(0, -1);
}

async function printWithLibreOffice(report: Report, name: string): Promise<string[]> {
  const docxFile = join(directory, `${name}.docx`);
  writeFileSync(docxFile, await packDocx(report, fakeFigureImages(report)));
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      directory,
      docxFile,
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr}`);
  return pdfPages(join(directory, `${name}.pdf`));
}

function contentsEntries(page: string): ContentsEntry[] {
  return page.split('\n').flatMap((line) => {
    const match = /^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$/u.exec(line);
    return match === null ? [] : [{ title: match[1] ?? '', page: Number(match[2]) }];
  });
}

/** The first page after the contents where the heading stands on a line of its own. */
function printedOn(pages: readonly string[], afterPage: number, title: string): number | undefined {
  const line = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*$`, 'mu');
  const index = pages.findIndex((text, pageIndex) => pageIndex > afterPage && line.test(text));
  return index === -1 ? undefined : index + 1;
}

function expectContentsMatchPages(pages: readonly string[]): void {
  const contentsPage = pages.findIndex((text) => /^\s*Contents\s*$/mu.test(text));
  expect(contentsPage).toBe(1);
  const entries = contentsEntries(pages[contentsPage] ?? '');
  expect(entries.length).toBeGreaterThanOrEqual(20);
  const printed = entries.map((entry) => ({
    title: entry.title,
    page: printedOn(pages, contentsPage, entry.title),
  }));
  expect(printed).toEqual(entries);
}

describe('the contents of the Word export, printed by LibreOffice', () => {
  // A missing reader fails the run: a test that quietly does not run proves nothing.
  beforeAll(() => {
    for (const [command, flag, install] of [
      ['soffice', '--version', 'libreoffice-writer-nogui'],
      ['pdftotext', '-v', 'poppler-utils'],
      ['fc-match', '--version', 'fontconfig'],
    ] as const)
      if (!found(command, flag))
        throw new Error(`${command} is not on PATH; install ${install} (.ci/run does)`);
    const calibri = spawnSync('fc-match', ['Calibri'], { encoding: 'utf8' }).stdout;
    if (!calibri.includes('Carlito'))
      throw new Error(
        `Calibri is drawn as ${calibri.trim()}; install fonts-crosextra-carlito (.ci/run does)`,
      );
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(
    'gives each entry the page its heading is on, in the example',
    { timeout: 240_000 },
    async () => {
      expectContentsMatchPages(await printWithLibreOffice(createExampleReport(), 'example'));
    },
  );

  it(
    'gives each entry the page its heading is on, in a 20-model report of some 120 pages',
    { timeout: 480_000 },
    async () => {
      const report = createBenchReport(benchProfiles.large, 7);
      expect(report.models.models).toHaveLength(20);
      const pages = await printWithLibreOffice(report, 'large');
      expect(pages.length).toBeGreaterThan(100);
      expectContentsMatchPages(pages);
    },
  );
});
