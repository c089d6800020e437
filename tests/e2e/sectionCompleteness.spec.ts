import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, sectionTitles, test } from './appTest';
import { emulateSlowMachine, typeLikeAPerson } from './slowMachine';

function completeness(page: Page) {
  return page.getByRole('progressbar', { name: 'Report completeness' });
}

async function completenessValue(page: Page): Promise<number> {
  return Number(await completeness(page).getAttribute('aria-valuenow'));
}

function sectionLink(page: Page, title: (typeof sectionTitles)[number]) {
  return page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: title, exact: true });
}

async function exportJson(page: Page): Promise<Record<string, unknown>> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'JSON (.json)' }).click();
  const file = await downloadPromise;
  return JSON.parse(await readFile(await file.path(), 'utf8')) as Record<string, unknown>;
}

async function importJson(page: Page, envelope: unknown): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({
    name: 'report.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(envelope)),
  });
}

/** Loads the example and waits until it is in: its code may arrive late on a slow machine. */
async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(completeness(page)).toHaveAttribute('aria-valuenow', '100');
}

const issueStatus = (page: Page) => page.getByRole('status').filter({ hasText: /issue|Issue/u });

test('a blank report reads 0 % with every section not started', async ({ page }) => {
  await openApp(page);
  for (const title of sectionTitles)
    await expect(sectionLink(page, title)).toHaveAccessibleDescription('not started');
  await expect(completeness(page)).toHaveAttribute('aria-valuenow', '0');
});

test('the example with three sections blanked reads at most 66 % and the nav agrees', async ({
  page,
}) => {
  await openApp(page);
  const blank = (await exportJson(page))['report'] as Record<string, unknown>;
  await loadExample(page);
  const envelope = await exportJson(page);
  const example = envelope['report'] as Record<string, unknown>;
  for (const sectionId of ['results', 'conclusion', 'appendix'])
    example[sectionId] = blank[sectionId];
  await importJson(page, envelope);
  await page.getByRole('button', { name: 'Replace', exact: true }).click();

  for (const title of [
    'Results and analysis',
    'Conclusion and future work',
    'Appendix and references',
  ] as const)
    await expect(sectionLink(page, title)).toHaveAccessibleDescription('not started');
  for (const title of sectionTitles.slice(0, 6))
    await expect(sectionLink(page, title)).toHaveAccessibleDescription(/^complete/u);
  await expect.poll(() => completenessValue(page)).toBeLessThanOrEqual(66);
  expect(await completenessValue(page)).toBeGreaterThan(0);
});

test('Title page alone reads one ninth', async ({ page }) => {
  await openApp(page);
  const main = page.getByRole('main');
  await main.getByLabel('Title', { exact: true }).fill('Adapters for ticket triage');
  await main.getByRole('button', { name: 'Add author' }).click();
  await main.getByLabel('Name', { exact: true }).fill('Amara Okafor');
  await main.getByLabel('Date', { exact: true }).fill('2026-03-14');
  await main.getByLabel('Version', { exact: true }).fill('1.0');
  await main.getByLabel('Organization', { exact: true }).fill('Northwind');
  await main.getByLabel('License', { exact: true }).fill('CC BY 4.0');
  await main.getByLabel('License', { exact: true }).blur();
  await expect(sectionLink(page, 'Title page')).toHaveAccessibleDescription('complete');
  for (const title of sectionTitles.slice(1))
    await expect(sectionLink(page, title)).toHaveAccessibleDescription('not started');
  await expect(completeness(page)).toHaveAttribute('aria-valuenow', '11');
});

test('Next issue reaches recommended fields that keep sections incomplete', async ({ page }) => {
  await openApp(page);
  await loadExample(page);
  const main = page.getByRole('main');
  await openSection(page, 'Models and approach');
  const modelA = main.getByRole('region', { name: 'Model A', exact: true });
  await modelA.getByLabel('Selection criterion', { exact: true }).fill('');
  await openSection(page, 'Experimental setup');
  await main.getByLabel('CUDA version', { exact: true }).fill('');
  await main.getByLabel('CUDA version', { exact: true }).blur();
  await expect(sectionLink(page, 'Models and approach')).toHaveAccessibleDescription('incomplete');
  await expect(sectionLink(page, 'Experimental setup')).toHaveAccessibleDescription('incomplete');
  await expect.poll(() => completenessValue(page)).toBeLessThan(100);

  const next = page.getByRole('button', { name: 'Next issue' });
  await next.click();
  await expect(main.getByRole('heading', { level: 1, name: 'Models and approach' })).toBeVisible();
  await expect(modelA.getByLabel('Selection criterion', { exact: true })).toBeFocused();
  await expect(issueStatus(page)).toHaveText(
    'Issue 1 of 2 · Models and approach › Model A › How the hyperparameters were chosen: Selection criterion is missing',
  );
  await next.click();
  await expect(main.getByRole('heading', { level: 1, name: 'Experimental setup' })).toBeVisible();
  await expect(main.getByLabel('CUDA version', { exact: true })).toBeFocused();
  await expect(main.getByText('CUDA version is missing')).toBeVisible();
  await page.getByRole('button', { name: 'Previous issue' }).click();
  await expect(modelA.getByLabel('Selection criterion', { exact: true })).toBeFocused();
});

test('Check report lists every issue by section, and each goes to its field', async ({ page }) => {
  await openApp(page);
  await loadExample(page);
  const main = page.getByRole('main');
  await openSection(page, 'Models and approach');
  const modelB = main.getByRole('region', { name: 'Model B', exact: true });
  await modelB.getByLabel('Learning rate', { exact: true }).fill('');
  await openSection(page, 'Experimental setup');
  await main.getByLabel('CUDA version', { exact: true }).fill('');
  await openSection(page, 'Title page');

  const checkReport = page.getByRole('button', { name: 'Check report' });
  await checkReport.click();
  const list = page.getByRole('dialog', { name: 'Check report' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('group')).toHaveCount(2);
  const models = list.getByRole('group', { name: 'Models and approach', exact: true });
  await expect(models.getByRole('button')).toHaveText([
    'Model B › Hyperparameters: Learning rate is missing',
  ]);
  const setup = list.getByRole('group', { name: 'Experimental setup', exact: true });
  await expect(setup.getByRole('button')).toHaveText(['CUDA version is missing']);

  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(checkReport).toBeFocused();

  await checkReport.click();
  await list.getByRole('button', { name: 'CUDA version is missing' }).click();
  await expect(list).toBeHidden();
  await expect(main.getByRole('heading', { level: 1, name: 'Experimental setup' })).toBeVisible();
  await expect(main.getByLabel('CUDA version', { exact: true })).toBeFocused();

  await checkReport.click();
  await list.getByRole('button', { name: /Learning rate is missing$/u }).click();
  await expect(modelB.getByLabel('Learning rate', { exact: true })).toBeFocused();
});

test('a message goes away once its field is filled', async ({ context, page }) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await loadExample(page);
  await openSection(page, 'Experimental setup');
  const main = page.getByRole('main');
  const gpuCount = main.getByLabel('GPU count', { exact: true });
  const frameworkVersion = main.getByLabel('Framework version', { exact: true });
  await gpuCount.fill('');
  await frameworkVersion.fill('');
  await frameworkVersion.blur();
  await expect(page.getByRole('button', { name: 'Next issue' })).toBeEnabled();
  await page.getByRole('button', { name: 'Next issue' }).click();
  await expect(gpuCount).toBeFocused();
  await expect(main.getByText('GPU count is missing')).toBeVisible();
  await expect(issueStatus(page)).toHaveText(
    'Issue 1 of 2 · Experimental setup: GPU count is missing',
  );

  await typeLikeAPerson(page, '8');
  await expect(gpuCount).toHaveValue('8');
  await expect(page.getByText('GPU count is missing')).toHaveCount(0);
  await expect(issueStatus(page)).toHaveText('1 issue to look at.');

  await page.getByRole('button', { name: 'Next issue' }).click();
  await expect(frameworkVersion).toBeFocused();
  await typeLikeAPerson(page, '2.5.1');
  await expect(page.getByText('Framework version is missing')).toHaveCount(0);
  await expect(completeness(page)).toHaveAttribute('aria-valuenow', '100');
  await expect(sectionLink(page, 'Experimental setup')).toHaveAccessibleDescription(/^complete/u);
});

test('a new author card asks for a name only after Check report', async ({ context, page }) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add author' }).click();
  const name = main.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(main.getByText('Name is missing')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(main.getByText('Name is missing')).toHaveCount(0);

  await page.getByRole('button', { name: 'Check report' }).click();
  await page.keyboard.press('Escape');
  await expect(main.getByText('Name is missing')).toBeVisible();
  await name.click();
  await typeLikeAPerson(page, 'Amara Okafor');
  await expect(main.getByText('Name is missing')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`the Check report list passes axe and works from the keyboard (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const checkReport = page.getByRole('button', { name: 'Check report' });
    await checkReport.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: 'Check report' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('group')).toHaveCount(sectionTitles.length);
    for (const [index, title] of sectionTitles.entries())
      await expect(list.getByRole('heading', { level: 3 }).nth(index)).toHaveText(title);
    const results = await new AxeBuilder({ page })
      .include('.check-report')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    // The first issue has focus; Enter goes to its field.
    await expect(list.getByRole('button', { name: 'Title is missing' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toBeFocused();
    await expect(list).toBeHidden();
  });
