import { expect, openApp, openSection, test } from './appTest';
import { exportAs, importFile } from './exportFiles';

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
  await importFile(page, 'empty-text-node.json', JSON.stringify(envelope));
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
  await importFile(page, 'widest-table.json', JSON.stringify(envelope));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await openSection(page, 'Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await summary.click();
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: 'Summary formatting' }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByRole('cell')).toHaveCount(100);
});
