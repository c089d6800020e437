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
