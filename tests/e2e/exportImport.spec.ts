import { unzipSync, strFromU8 } from 'fflate';
import { expect, openApp, openSection, sectionTitles, test } from './appTest';
import { exportAs, importDraft, importFile } from './exportFiles';
import { currentSchemaVersion } from '@/model/reportSchema';

test('the example exports to Markdown, Word and JSON, and the JSON opens the same report elsewhere', async ({
  page,
  browser,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const titleInput = page.getByRole('main').getByLabel('Title', { exact: true });
  // The example shows a moment after the click.
  await expect(titleInput).not.toHaveValue('');
  const title = await titleInput.inputValue();

  const markdown = await exportAs(page, 'Markdown (.md)');
  // Markdown and Word are written in the export worker, not on the page.
  expect(workers).toEqual([expect.stringMatching(/\/exportWorker-[\w-]+\.js$/u)]);
  expect(markdown.name).toMatch(/^[a-z0-9-]+-v[0-9a-z.-]+\.md$/u);
  const markdownText = markdown.bytes.toString('utf8');
  for (const [index, section] of sectionTitles.entries()) {
    expect(markdownText).toContain(`## ${index + 1}. ${section}`);
  }

  const word = await exportAs(page, 'Word (.docx)');
  expect(word.name).toMatch(/\.docx$/u);
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array(),
  );
  // Section 1 is Word's title page, led by the report's title; the others are numbered headings.
  expect(documentXml).toContain(title);
  for (const [index, section] of sectionTitles.entries())
    if (index > 0) expect(documentXml).toContain(`${index + 1}. ${section}`);

  const json = await exportAs(page, 'JSON (.json)');
  expect(json.name).toMatch(/\.json$/u);
  const envelope = JSON.parse(json.bytes.toString('utf8')) as {
    format: string;
    schemaVersion: number;
  };
  expect(envelope.format).toBe('ml-report');
  expect(envelope.schemaVersion).toBe(currentSchemaVersion);

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await openApp(freshPage);
  await importFile(freshPage, json.name, json.bytes);
  await expect(freshPage.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(title);
  await openSection(freshPage, 'Models and approach');
  await expect(
    freshPage.getByRole('main').getByRole('table', { name: 'Summary of models' }).getByRole('row'),
  ).toHaveCount(5);
  await expect(freshPage.getByRole('progressbar', { name: 'Report completeness' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await fresh.close();
});

const badFiles: { name: string; content: string | Buffer; message: RegExp }[] = [
  { name: 'notes.json', content: 'These are my notes, not JSON.', message: /not valid JSON/u },
  {
    name: 'truncated.json',
    content: '{"format":"ml-report","schemaVersion":1,"report":{"titlePage":',
    message: /not valid JSON/u,
  },
  {
    name: 'binary.json',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    message: /binary/u,
  },
  {
    name: 'package.json',
    content: '{"name":"something","version":"1.0.0"}',
    message: /does not say which version|not an ML Report Studio report/u,
  },
  {
    name: 'future.json',
    content:
      '{"format":"ml-report","schemaVersion":99,"exportedAt":"2030-01-01","report":{"schemaVersion":99}}',
    message: /newer version/u,
  },
  {
    name: 'deep.json',
    content: `{"format":"ml-report","report":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    message: /nested deeper/u,
  },
];

for (const bad of badFiles) {
  test(`importing ${bad.name} is refused with a message and the draft is untouched`, async ({
    page,
  }) => {
    await openApp(page);
    const title = page.getByRole('main').getByLabel('Title', { exact: true });
    await title.fill('My draft');
    await importFile(page, bad.name, bad.content);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(bad.name);
    await expect(dialog).toContainText(bad.message);
    await expect(dialog).toContainText('Your open report has not been changed.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(title).toHaveValue('My draft');
  });
}

test('a value of the wrong type is named with its path', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const json = await exportAs(page, 'JSON (.json)');
  const envelope = JSON.parse(json.bytes.toString('utf8')) as {
    report: { models: { models: { hyperparameters: { learningRate: unknown } }[] } };
  };
  const thirdModel = envelope.report.models.models[2];
  if (thirdModel === undefined) throw new Error('the example has fewer than three models');
  thirdModel.hyperparameters.learningRate = 'fast';
  await importFile(page, 'broken.json', JSON.stringify(envelope));
  await expect(page.getByRole('alertdialog')).toContainText(
    'models.models[2].hyperparameters.learningRate: expected a number, got "fast"',
  );
});

test('a file over 25 MB is refused before it is read', async ({ page }) => {
  // Handing Playwright's 26 MB file to the page takes 20 s on an idle 2-core machine, 42 s on a busy one.
  test.setTimeout(120_000);
  await openApp(page);
  await importFile(page, 'huge.json', Buffer.alloc(26 * 1024 * 1024, 0x20));
  await expect(page.getByRole('alertdialog')).toContainText(/larger than 25 MB/u);
});

test('a javascript: link in an imported report becomes plain text', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const json = await exportAs(page, 'JSON (.json)');
  const envelope = JSON.parse(json.bytes.toString('utf8')) as {
    report: { abstract: { summary: unknown } };
  };
  envelope.report.abstract.summary = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'click me',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
        ],
      },
    ],
  };
  await page.getByRole('button', { name: 'New report' }).click();
  await importDraft(page, 'hostile.json', JSON.stringify(envelope));
  await openSection(page, 'Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary' });
  await expect(summary).toHaveText('click me');
  await expect(summary.locator('a')).toHaveCount(0);
});
