import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto } from './slowMachine';
import { readWithPandoc } from './typedEntries';

async function addQloraModel(
  page: Page,
  model: { name: string; learningRate: string; rank: string },
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add model' }).click();
  await typeInto(page, main.getByLabel('Model name', { exact: true }).last(), model.name);
  const card = main.getByRole('region', { name: model.name, exact: true });
  await card.getByLabel('Method', { exact: true }).selectOption({ label: 'QLoRA' });
  await typeInto(page, card.getByLabel('Learning rate', { exact: true }), model.learningRate);
  await typeInto(page, card.getByLabel('LoRA rank', { exact: true }), model.rank);
}

test('two models typed into a blank report are compared side by side in the preview, Markdown and Word, differences in bold', async ({
  context,
  page,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Models and approach');
  await addQloraModel(page, { name: 'Guanaco-7B', learningRate: '2e-4', rank: '64' });
  await addQloraModel(page, { name: 'Guanaco-13B', learningRate: '1e-4', rank: '64' });

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('complementary', { name: 'Preview' });
  const table = preview.getByRole('table', { name: /Settings side by side/u });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Setting',
    'Guanaco-7B',
    'Guanaco-13B',
  ]);
  const row = (label: string) =>
    table.getByRole('row').filter({ has: page.getByText(label, { exact: true }) });
  await expect(row('Learning rate').getByRole('cell')).toHaveText([
    'Learning rate',
    '2e-4',
    '1e-4',
  ]);
  await expect(row('Learning rate').locator('strong')).toHaveText(['2e-4', '1e-4']);
  await expect(row('LoRA rank').getByRole('cell')).toHaveText(['LoRA rank', '64', '64']);
  await expect(row('LoRA rank').locator('strong')).toHaveCount(0);
  await expect(row('Method').getByRole('cell')).toHaveText(['Method', 'QLoRA', 'QLoRA']);
  await expect(row('Adapter size')).toHaveCount(0);

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain('| Setting | Guanaco-7B | Guanaco-13B |');
  expect(markdown).toContain('| Learning rate | **2e-4** | **1e-4** |');
  expect(markdown).toContain('| LoRA rank | 64 | 64 |');

  const word = await exportAs(page, 'Word (.docx)');
  const wordText = readWithPandoc(word.path, 'docx');
  expect(wordText).toContain('Setting Guanaco-7B Guanaco-13B Method QLoRA QLoRA LoRA rank 64 64');
  expect(wordText).toContain('Learning rate 2e-4 1e-4');
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array(),
  );
  const tableStart = documentXml.indexOf('Settings side by side');
  const tableXml = documentXml.slice(tableStart, documentXml.indexOf('</w:tbl>', tableStart));
  const runs = [...tableXml.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/gsu)].map((match) => ({
    bold: (match[1] ?? '').includes('<w:b/>'),
    text: /<w:t[^>]*>([^<]*)<\/w:t>/u.exec(match[1] ?? '')?.[1] ?? '',
  }));
  const boldInBody = runs
    .filter((run) => run.bold && !['Setting', 'Guanaco-7B', 'Guanaco-13B'].includes(run.text))
    .map((run) => run.text);
  expect(boldInBody).toEqual(['2e-4', '1e-4']);
});
