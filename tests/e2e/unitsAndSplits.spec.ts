import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';

function metricTable(page: Page): Locator {
  return page.getByRole('main').getByRole('table', { name: 'Metric table' });
}

/** The required mark beside a field's label; it is aria-hidden, so found by its class. */
function requiredMark(page: Page, label: string): Locator {
  return page
    .getByRole('main')
    .locator('.field', { has: page.getByLabel(label, { exact: true }) })
    .locator('.field-required');
}

function tableCells(line: string): string[] {
  return line.split('|').map((cell) => cell.trim());
}

test('a test-only metric typed in %, a dataset without a test split and training by steps raise no wrong warning and export as typed', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  const main = page.getByRole('main');

  await openSection(page, 'Problem definition');
  await main.getByRole('button', { name: 'Add metric' }).click();
  await typeInto(page, main.getByLabel('Metric name', { exact: true }), 'MMLU');
  await typeInto(page, main.getByLabel('Unit', { exact: true }), '%');
  await main.getByLabel('Reported on', { exact: true }).selectOption({ label: 'Test only' });
  await main.getByLabel('Primary metric', { exact: true }).check();

  await openSection(page, 'Models and approach');
  await main.getByRole('button', { name: 'Add model' }).click();
  await typeInto(page, main.getByLabel('Model name', { exact: true }), 'Guanaco-65B');
  await expect(requiredMark(page, 'Epochs')).toHaveCount(1);
  await typeInto(page, main.getByLabel('Max steps', { exact: true }), '1875');
  await expect(requiredMark(page, 'Epochs')).toHaveCount(0);
  await expect(requiredMark(page, 'Learning rate')).toHaveCount(1);

  await openSection(page, 'Experimental setup');
  await main.getByRole('button', { name: 'Add dataset' }).click();
  await typeInto(page, main.getByLabel('Dataset name', { exact: true }), 'OASST1');
  await typeInto(page, main.getByLabel('Train size', { exact: true }), '9846');
  await typeInto(page, main.getByLabel('Validation size', { exact: true }), '518');
  await main.getByLabel('No test split', { exact: true }).check();
  await expect(main.getByLabel('Test size', { exact: true })).toHaveCount(0);

  await openSection(page, 'Results and analysis');
  const table = metricTable(page);
  await expect(table.getByRole('columnheader', { name: /^MMLU \(%\)/u })).toBeVisible();
  // A test-only metric offers no validation cell.
  await expect(table.getByLabel('MMLU (validation) for Guanaco-65B', { exact: true })).toHaveCount(
    0,
  );
  const cell = table.getByLabel('MMLU (test) for Guanaco-65B', { exact: true });
  await cell.click();
  await typeLikeAPerson(page, '99.3 %');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('99.3 %');
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Check report' }).click();
  const check = page.getByRole('dialog', { name: 'Check report' });
  await expect(check.getByRole('heading', { name: 'Results and analysis' })).toBeVisible();
  await expect(check).not.toContainText('validation');
  await expect(check).not.toContainText('not a number');
  await expect(check).not.toContainText('Test size');
  await expect(check).not.toContainText('split sizes');
  await expect(check).not.toContainText('Epochs');
  await check.getByRole('button', { name: 'Close' }).click();

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  const lines = markdown.split('\n');
  const resultRow = lines.find((line) => line.startsWith('| Guanaco-65B | 99.3'));
  expect(tableCells(resultRow ?? '')).toEqual(['', 'Guanaco-65B', '99.3 %', '']);
  expect(markdown.match(/99\.3/gu)).toHaveLength(1);
  expect(markdown).not.toMatch(/%\s*%/u);
  const datasetHeader = lines.find((line) => line.startsWith('| Dataset name |')) ?? '';
  const datasetRow = lines.find((line) => line.startsWith('| OASST1 |')) ?? '';
  expect(tableCells(datasetHeader)).toEqual([
    '',
    'Dataset name',
    'Train size',
    'Validation size',
    'Test size',
    '',
  ]);
  expect(tableCells(datasetRow)).toEqual(['', 'OASST1', '9846', '518', 'none', '']);
  expect(markdown).toMatch(/\| Guanaco-65B \|[^\n]*\| 1875 steps \|/u);
});
