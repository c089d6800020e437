import { spawnSync } from 'node:child_process';
import { expect, openApp, openSection, test, typeInRichText, waitUntilSaved } from './appTest';
import { exportAs, importDraft, importFile } from './exportFiles';

interface Envelope {
  report: { abstract: { summary: unknown } };
}

/** The blank report as Export → JSON writes it, to change one field of and import. */
async function exportBlankEnvelope(page: Parameters<typeof exportAs>[0]): Promise<Envelope> {
  const json = await exportAs(page, 'JSON (.json)');
  return JSON.parse(json.bytes.toString('utf8')) as Envelope;
}

test('rich text with an empty text node keeps its real text after a click in and out', async ({
  page,
}) => {
  const realText = 'The fine-tuned model cuts the error rate by 12 % on Banking77 (see Table 3).';
  await openApp(page);
  const envelope = await exportBlankEnvelope(page);
  envelope.report.abstract.summary = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '' }, { type: 'text', text: realText }, { type: 'text' }],
      },
    ],
  };
  await importDraft(page, 'empty-text-node.json', JSON.stringify(envelope));
  await openSection(page, 'Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await expect(summary).toHaveText(realText);
  await summary.click();
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: 'Summary formatting' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(summary).toHaveText(realText);
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Abstract' }).click();
  await expect(summary).toHaveText(realText);

  const exported = (await exportBlankEnvelope(page)).report.abstract.summary;
  expect(exported).toEqual({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: realText }] }],
  });
});

function tableOf(rows: { colspan?: number; rowspan?: number }[][]): unknown {
  return {
    type: 'doc',
    content: [
      {
        type: 'table',
        content: rows.map((cells) => ({
          type: 'tableRow',
          content: cells.map((attrs, index) => ({
            type: 'tableCell',
            attrs,
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: `cell ${index + 1}` }] },
            ],
          })),
        })),
      },
    ],
  };
}

test('a table cell spanning 100,000,000 columns is refused on import, naming the field', async ({
  page,
}) => {
  await openApp(page);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await title.fill('My draft');
  const envelope = await exportBlankEnvelope(page);
  envelope.report.abstract.summary = tableOf([[{ colspan: 100_000_000 }], [{}]]);
  await importFile(page, 'wide-cell.json', JSON.stringify(envelope));
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(
    'abstract.summary.content[0].content[0].content[0].attrs.colspan: expected a whole number from 1 to 1,000, got 100000000',
  );
  await expect(dialog).toContainText('Your open report has not been changed.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(title).toHaveValue('My draft');

  await openSection(page, 'Abstract');
  await expect(
    page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true }),
  ).toBeVisible();
});

test('the widest table a draft may hold opens its section within seconds', async ({ page }) => {
  await openApp(page);
  const envelope = await exportBlankEnvelope(page);
  // 100 rows of one cell spanning 1,000 columns: the 100,000-cell grid the schema allows.
  envelope.report.abstract.summary = tableOf(
    Array.from({ length: 100 }, () => [{ colspan: 1000 }]),
  );
  await importDraft(page, 'widest-table.json', JSON.stringify(envelope));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await openSection(page, 'Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await summary.click();
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: 'Summary formatting' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByRole('cell')).toHaveCount(100);
});

const importCapBytes = 25 * 1024 * 1024;

test('a draft just under the 25 MB cap exports a file that imports again', async ({
  page,
  browser,
}) => {
  // Three 25 MB files cross the Playwright bridge: 57 s alone, 90 s beside a second worker (2 busy cores).
  test.setTimeout(300_000);
  await openApp(page);
  const envelope = (await exportBlankEnvelope(page)) as Envelope & {
    report: { titlePage: { title: string }; appendix: { additionalLogs: unknown } };
  };
  envelope.report.titlePage.title = 'Near the cap';
  const paragraph = {
    type: 'paragraph',
    content: [{ type: 'text', text: 'Measured on the held-out split. '.repeat(32) }],
  };
  const sizeWith = (count: number) => {
    envelope.report.appendix.additionalLogs = {
      type: 'doc',
      content: Array.from({ length: count }, () => paragraph),
    };
    return Buffer.byteLength(`${JSON.stringify(envelope)}\n`);
  };
  const step = sizeWith(2) - sizeWith(1);
  const count = 1 + Math.floor((importCapBytes - sizeWith(1)) / step);
  // The largest draft that fits, written compact; pretty-printed it would not.
  expect(sizeWith(count)).toBeLessThanOrEqual(importCapBytes);
  const draft = `${JSON.stringify(envelope)}\n`;
  expect(Buffer.byteLength(JSON.stringify(envelope, null, 2))).toBeGreaterThan(importCapBytes);

  await importFile(page, 'near-the-cap.json', draft);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('Near the cap', { timeout: 60_000 });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  const exported = await exportAs(page, 'JSON (.json)');
  expect(exported.bytes.length).toBeLessThanOrEqual(importCapBytes);

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await openApp(freshPage);
  await importFile(freshPage, exported.name, exported.bytes);
  await expect(freshPage.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    'Near the cap',
    { timeout: 60_000 },
  );
  await expect(freshPage.getByRole('alertdialog')).toHaveCount(0);
  await fresh.close();
});

test('a title with line and paragraph separators exports Markdown that pandoc reads', async ({
  page,
}) => {
  const pandocFound = spawnSync('pandoc', ['--version']).status === 0;
  // A missing reader fails the run: a test that quietly does not run proves nothing.
  if (!pandocFound)
    throw new Error('pandoc is not on PATH; install it with apt-get install pandoc (.ci/run does)');
  await openApp(page);
  const envelope = (await exportBlankEnvelope(page)) as Envelope & {
    report: { titlePage: { title: string; subtitle: string } };
  };
  envelope.report.titlePage.title = 'Line\u2028separator';
  envelope.report.titlePage.subtitle = 'Paragraph\u2029separator and next\u0085line';
  await importFile(page, 'separators.json', JSON.stringify(envelope));
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    'Line\u2028separator',
  );
  const markdown = await exportAs(page, 'Markdown (.md)');
  const pandoc = spawnSync('pandoc', ['--from', 'gfm', '--to', 'json'], {
    input: markdown.bytes,
    encoding: 'utf8',
  });
  expect(pandoc.stderr).toBe('');
  expect(pandoc.status).toBe(0);
  const { meta } = JSON.parse(pandoc.stdout) as { meta: Record<string, unknown> };
  expect(Object.keys(meta).sort()).toEqual(['status', 'subtitle', 'title']);
});

// The paste pipeline now drops colspan, rowspan and start whatever their value (2 and 7 too), so
// this passes with or without bounds; it keeps a pasted value out of range from ever making the
// stored draft unreadable once those attributes are kept.
test('a pasted table with odd spans and list numbers is kept, and the draft opens after a reload', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'Start ');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await summary.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<table><tr><td colspan="abc">first</td><td colspan="0">second</td><td rowspan="70000">third</td></tr></table><ol start="99999999999"><li>listed</li></ol>',
    );
    data.setData('text/plain', 'first second third listed');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(summary.getByRole('cell')).toHaveCount(3);
  await expect(summary).toContainText('listed');
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Abstract' }).click();
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await openSection(page, 'Abstract');
  const reloaded = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await expect(reloaded).toContainText('first');
  await expect(reloaded).toContainText('listed');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
