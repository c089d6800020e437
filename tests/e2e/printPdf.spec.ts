import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, sectionTitles, test } from './appTest';
import { importDraft } from './exportFiles';
import { pasteInto } from './pasteInto';
import { emulateSlowMachine, typeInto } from './slowMachine';
import { enter, normalizeSpace, type TypedEntry } from './typedEntries';

interface PrintedPdf {
  path: string;
  /** Each page's text as pdftotext reads it, spaces collapsed. */
  pages: string[];
  pageSize: string;
  tagged: boolean;
}

/** Counts print dialogs instead of opening them: a test browser has no one to close them. */
async function countPrintDialogs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as Window & { printDialogsOpened?: number };
    counted.printDialogsOpened = 0;
    window.print = () => {
      counted.printDialogsOpened = (counted.printDialogsOpened ?? 0) + 1;
    };
  });
}

/** Waits for the print dialog, then reads the page as Chromium prints it to PDF. */
async function printedOnceOpened(page: Page): Promise<PrintedPdf> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => (window as Window & { printDialogsOpened?: number }).printDialogsOpened,
        ),
      { timeout: 60_000 },
    )
    .toBe(1);
  const path = join(mkdtempSync(join(tmpdir(), 'print-')), 'report.pdf');
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, tagged: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1).map(normalizeSpace);
  return {
    path,
    pages,
    pageSize: /Page size:\s*(.*)/u.exec(info)?.[1]?.trim() ?? '',
    tagged: /Tagged:\s*yes/u.test(info),
  };
}

/** Export → PDF (print) as a person chooses it. */
async function printThroughExportMenu(page: Page): Promise<PrintedPdf> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'PDF (print)' }).click();
  return printedOnceOpened(page);
}

function pageStarting(pdf: PrintedPdf, heading: string): number {
  return pdf.pages.findIndex((text) => text.includes(heading));
}

const exampleTitle = 'Four fine-tuning strategies for banking intent classification';

const title = 'Guanaco on "Banking77": QLoRA at 4 bits';

const entries: TypedEntry[] = [
  { section: 'Title page', label: 'Title', kind: 'text', value: title },
  { section: 'Title page', label: 'Subtitle', kind: 'text', value: 'A reproduction in one day' },
  {
    section: 'Abstract',
    label: 'Summary',
    kind: 'richText',
    value: 'Four adapters fine-tuned on one GPU reach 93.1 % accuracy.',
  },
  {
    section: 'Conclusion and future work',
    label: 'Limitations',
    kind: 'richText',
    value: 'Rank 64 is enough; rank 8 loses 1.2 points.',
  },
];

test.describe('print to PDF from a blank report', () => {
  test.use({ locale: 'en-GB' });

  test('Export → PDF (print) lays out a title page, a page per section, the title on top and "Page N of M" below, on A4', async ({
    context,
    page,
  }) => {
    test.setTimeout(240_000);
    await countPrintDialogs(page);
    await emulateSlowMachine(context, page);
    await openApp(page);
    for (const entry of entries) {
      await openSection(page, entry.section);
      await enter(page, entry);
    }
    const future = page
      .getByRole('main')
      .getByRole('textbox', { name: 'Future directions', exact: true });
    await future.click();
    await pasteInto(
      future,
      '<p>Compare with <a href="https://arxiv.org/abs/2305.14314">the QLoRA paper</a>.</p>',
      'Compare with the QLoRA paper.',
    );
    await expect(future).toHaveText('Compare with the QLoRA paper.');
    const pdf = await printThroughExportMenu(page);

    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.tagged).toBe(true);
    const [titlePage = ''] = pdf.pages;
    expect(titlePage).toContain(title);
    expect(titlePage).toContain('A reproduction in one day');
    expect(titlePage).not.toContain('Page 1 of');
    // Every numbered section starts its own page, in order, after the title page.
    const starts = sectionTitles
      .slice(1)
      .map((section, index) => pageStarting(pdf, `${index + 2}. ${section}`));
    expect(starts[0]).toBe(1);
    for (const [index, start] of starts.entries())
      expect(start, sectionTitles[index + 1]).toBeGreaterThan(
        index === 0 ? 0 : (starts[index - 1] ?? 0),
      );
    const pageCount = pdf.pages.length;
    for (const [index, text] of pdf.pages.entries()) {
      if (index === 0) continue;
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pageCount}`);
      expect(text, `page ${index + 1}`).toContain(title);
    }
    for (const entry of entries.slice(2))
      expect(pdf.pages.join(' ')).toContain(normalizeSpace(entry.value));
    // On paper a link's address would be lost: it follows the link's text.
    expect(pdf.pages.join(' ')).toContain(
      'Compare with the QLoRA paper (https://arxiv.org/abs/2305.14314).',
    );
  });
});

test('the example prints every figure as a described drawing under its caption, on US Letter', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await countPrintDialogs(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const pdf = await printThroughExportMenu(page);

  expect(pdf.pageSize).toContain('(letter)');
  const bytes = readFileSync(pdf.path).toString('latin1');
  expect(bytes).toContain('/Lang (en');
  expect(bytes).toContain(`/Title (${exampleTitle})`);
  // Each figure is a drawing (its axis labels are text beside its caption, no bitmap anywhere) and
  // carries its description as the tagged PDF's alternative text.
  const figures = [
    { number: 1, axes: ['Epoch', 'Cross-entropy loss'], description: 'Loss curves of' },
    { number: 2, axes: ['Trainable parameters', 'Test accuracy'], description: 'Scatter plot of' },
    { number: 3, axes: ['Model', 'Test accuracy'], description: 'Bar chart of' },
  ];
  for (const figure of figures) {
    const onPage = pdf.pages.filter((text) => text.includes(`Figure ${figure.number}: `));
    expect(onPage, `Figure ${figure.number}`).toHaveLength(1);
    for (const axis of figure.axes) expect(onPage[0], `Figure ${figure.number}`).toContain(axis);
  }
  const images = execFileSync('pdfimages', ['-list', pdf.path], { encoding: 'utf8' });
  expect(images.trim().split('\n')).toHaveLength(2);
  const descriptions = [...bytes.matchAll(/\/Alt \(((?:[^()\\]|\\.)*)\)/gu)].map(
    (match) => match[1] ?? '',
  );
  expect(
    descriptions.map(
      (text) => figures.find((figure) => text.startsWith(figure.description))?.number,
    ),
  ).toEqual([1, 2, 3]);
  // Every heading of the outline is printed, each numbered section starting a page.
  for (const [index, section] of sectionTitles.slice(1).entries())
    expect(pageStarting(pdf, `${index + 2}. ${section}`), section).toBeGreaterThan(0);
});

test('a 20-model report prints every heading, and a table longer than a page repeats its header row on each page', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { benchProfiles, createBenchReport } = await import('../support/benchReports');
  const { serializeReport } = await import('../../src/export/serializeReport');
  const { buildReportOutline } = await import('../../src/export/buildReportOutline');
  const report = createBenchReport(benchProfiles.large, 7);
  await countPrintDialogs(page);
  await openApp(page);
  await importDraft(page, 'large-report.json', serializeReport(report, '2026-12-03T00:00:00.000Z'));
  const pdf = await printThroughExportMenu(page);

  const text = pdf.pages.join(' ');
  const outline = buildReportOutline(report);
  for (const section of outline.sections.slice(1)) {
    expect(pageStarting(pdf, section.heading), section.heading).toBeGreaterThan(0);
    for (const block of section.blocks)
      if (block.kind === 'heading')
        expect(text, section.heading).toContain(normalizeSpace(block.text));
  }
  // The metric table has a row per model: 20 rows of values with their spread, more than a page.
  const metricTable = outline.sections
    .flatMap((section) => section.blocks)
    .find(
      (block) =>
        block.kind === 'table' && block.table.caption?.includes('Results per model') === true,
    );
  if (metricTable?.kind !== 'table') throw new Error('The report has no metric table');
  expect(metricTable.table.rows.length).toBe(20);
  const caption = normalizeSpace(metricTable.table.caption ?? '');
  const first = pdf.pages.findIndex((pageText) => pageText.includes(caption));
  expect(first).toBeGreaterThan(0);
  // A header cell reads "Accuracy ↑ (test)"; no body cell has the arrow.
  const headerCell = (metricTable.table.columns[1]?.label ?? '').replace(/ \(.*$/u, '');
  expect(headerCell).toMatch(/[↑↓]$/u);
  expect(pdf.pages[first]).toContain(headerCell);
  expect(pdf.pages[first + 1], `page ${first + 2}`).toContain(headerCell);
});

test('Ctrl+P prints the report as PDF (print) does, not the form around it', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await countPrintDialogs(page);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await typeInto(
    page,
    page.getByRole('main').getByLabel('Title', { exact: true }),
    'Printed from the keyboard',
  );
  await page.keyboard.press('ControlOrMeta+p');
  const pdf = await printedOnceOpened(page);
  expect(pdf.pages[0]).toContain('Printed from the keyboard');
  expect(pdf.pages[1]).toContain('2. Abstract');
  expect(pdf.pages.join(' ')).not.toContain('Report completeness');
});
