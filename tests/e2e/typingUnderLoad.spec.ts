import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, waitUntilSaved } from './appTest';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';

interface RichTextNode {
  type: string;
  text?: string;
  content?: RichTextNode[];
}

/** The text of each top-level block of a stored rich-text document. */
function blockTexts(document: RichTextNode): string[] {
  const textOf = (node: RichTextNode): string =>
    (node.text ?? '') + (node.content ?? []).map(textOf).join('');
  return (document.content ?? []).map(textOf);
}

async function exportJson(page: Page): Promise<Record<string, Record<string, unknown>>> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'JSON (.json)' }).click();
  const download = await downloadPromise;
  const envelope = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    report: Record<string, Record<string, unknown>>;
  };
  return envelope.report;
}

function richTextField(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('textbox', { name, exact: true });
}

/** Waits until the field is the loaded editor (its formatting toolbar is there). */
async function waitForEditor(page: Page, name: string): Promise<void> {
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: `${name} formatting` }),
  ).toBeVisible({ timeout: 20_000 });
}

test.describe('on a slow machine', () => {
  test.setTimeout(120_000);

  test.beforeEach(async ({ context, page }) => {
    await emulateSlowMachine(context, page);
  });

  test('keys typed into a rich-text field while its editor loads are all kept', async ({
    page,
  }) => {
    await openApp(page);
    await openSection(page, 'Abstract');
    await richTextField(page, 'Summary').click();
    await typeLikeAPerson(page, 'Typed before the editor loaded');
    await expect(richTextField(page, 'Summary')).toHaveText('Typed before the editor loaded');

    const report = await exportJson(page);
    expect(blockTexts(report['abstract']?.['summary'] as RichTextNode)).toEqual([
      'Typed before the editor loaded',
    ]);

    await waitUntilSaved(page);
    await page.reload();
    await openSection(page, 'Abstract');
    const summary = richTextField(page, 'Summary');
    await expect(summary).toHaveText('Typed before the editor loaded');

    // Clicked at its start, Ctrl+End takes the caret to the end, editor loaded or not.
    await summary.click({ position: { x: 4, y: 6 } });
    await page.keyboard.press('Control+End');
    await typeLikeAPerson(page, ' today');
    await expect(summary).toHaveText('Typed before the editor loaded today');
    await waitForEditor(page, 'Summary');
    await expect(summary).toHaveText('Typed before the editor loaded today');
  });

  test('Enter, Backspace and Ctrl+End typed before the editor loads act as in the editor', async ({
    page,
  }) => {
    await openApp(page);
    await openSection(page, 'Background and motivation');
    const field = richTextField(page, 'Current system limitations');
    await field.click();
    await typeLikeAPerson(page, 'Rules misroute tickets.');
    await page.keyboard.press('Enter');
    await typeLikeAPerson(page, 'Second linx');
    await page.keyboard.press('Backspace');
    await typeLikeAPerson(page, 'e.');
    await waitForEditor(page, 'Current system limitations');
    await expect(field.locator('p')).toHaveText(['Rules misroute tickets.', 'Second line.']);

    const report = await exportJson(page);
    expect(blockTexts(report['background']?.['currentLimitations'] as RichTextNode)).toEqual([
      'Rules misroute tickets.',
      'Second line.',
    ]);

    await waitUntilSaved(page);
    await page.reload();
    await openSection(page, 'Background and motivation');
    await field.click({ position: { x: 4, y: 6 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await typeLikeAPerson(page, 'Third.');
    await waitForEditor(page, 'Current system limitations');
    await expect(field.locator('p')).toHaveText([
      'Rules misroute tickets.',
      'Second line.',
      'Third.',
    ]);
    const reloaded = await exportJson(page);
    expect(blockTexts(reloaded['background']?.['currentLimitations'] as RichTextNode)).toEqual([
      'Rules misroute tickets.',
      'Second line.',
      'Third.',
    ]);
  });

  test('a metric cell typed right after Results opens keeps every key', async ({ page }) => {
    await openApp(page);
    const main = page.getByRole('main');
    await openSection(page, 'Problem definition');
    await main.getByRole('button', { name: 'Add metric' }).click();
    await main.getByLabel('Metric name', { exact: true }).fill('Accuracy');
    await openSection(page, 'Models and approach');
    await main.getByRole('button', { name: 'Add model' }).click();
    await main.getByLabel('Model name', { exact: true }).fill('Model A');

    await openSection(page, 'Results and analysis');
    const cell = main.getByLabel('Accuracy (test) for Model A', { exact: true });
    await cell.click({ timeout: 20_000 });
    await typeLikeAPerson(page, '0.9125');
    await expect(cell).toHaveValue('0.9125');
    const report = await exportJson(page);
    const results = report['results']?.['metricResults'] as { value: number | null }[];
    expect(results.map((result) => result.value)).toEqual([0.9125]);
  });
});

test('text typed before the editor code arrives is kept when the section changes at once', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page, { lazyCodeDelayMilliseconds: 6000 });
  await openApp(page);
  await openSection(page, 'Abstract');
  await richTextField(page, 'Summary').click();
  await typeLikeAPerson(page, 'Quick note');
  await openSection(page, 'Title page');
  await openSection(page, 'Abstract');
  await expect(richTextField(page, 'Summary')).toHaveText('Quick note');
});

test('keys typed while another report opens land in the report on screen, and each keeps them', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  // The code that reads a stored report arrives late, so the user goes on typing meanwhile.
  await emulateSlowMachine(context, page, { lazyCodeDelayMilliseconds: 3000 });
  await openApp(page);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await typeInto(page, title, 'First report');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'New report' }).click();
  await typeInto(page, title, 'Second report');
  await waitUntilSaved(page);
  const reportsMenu = page.getByRole('menu', { name: 'Reports' });
  await page.getByRole('button', { name: 'Reports' }).click();
  await reportsMenu.getByRole('menuitem', { name: /^First report/u }).click();
  await title.click();
  await page.keyboard.press('End');
  // Typed like a person until the other report shows: every key before that went into the
  // report on screen; the form is replaced then, and no key goes into the other report.
  let typed = '';
  for (const key of ' abcdefghijklmnopqrstuvwxyz0123456789'.repeat(4)) {
    if (!(await title.inputValue()).startsWith('Second report')) break;
    await page.keyboard.type(key);
    typed += key;
    await page.waitForTimeout(60);
  }
  await expect(title).toHaveValue('First report');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Reports' }).click();
  const secondEntry = reportsMenu.getByRole('menuitem', { name: /^Second report/u });
  const storedSecondTitle = await secondEntry.locator('.report-entry-title').innerText();
  expect(storedSecondTitle.length).toBeGreaterThan('Second report'.length);
  expect(`Second report${typed}`.startsWith(storedSecondTitle)).toBe(true);
  // Storage has what was on screen when it was left: nothing comes back from the journal.
  await secondEntry.click();
  await expect(title).toHaveValue(storedSecondTitle);
  await expect(page.getByText(/Recovered/u)).toHaveCount(0);
});

test.describe('list actions use the item as it is now', () => {
  test('Duplicate copies every setting of a model just typed', async ({ page }) => {
    await openApp(page);
    const main = page.getByRole('main');
    await openSection(page, 'Models and approach');
    await main.getByRole('button', { name: 'Add model' }).click();
    const card = main.getByRole('region', { name: 'Model 1', exact: true });
    await card.getByLabel('Model name', { exact: true }).click();
    await typeLikeAPerson(page, 'Guanaco-7B');
    const model = main.getByRole('region', { name: 'Guanaco-7B', exact: true });
    await model.getByLabel('Method', { exact: true }).selectOption({ label: 'QLoRA' });
    await model.getByLabel('Architecture', { exact: true }).click();
    await typeLikeAPerson(page, 'LLaMA-7B');
    await model.getByLabel('Learning rate', { exact: true }).click();
    await typeLikeAPerson(page, '2e-4');
    await model.getByLabel('LoRA rank', { exact: true }).click();
    await typeLikeAPerson(page, '64');
    await main.getByRole('button', { name: 'Duplicate Guanaco-7B', exact: true }).click();

    const copy = main.getByRole('region', { name: 'Guanaco-7B (copy)', exact: true });
    await expect(copy.getByLabel('Model name', { exact: true })).toHaveValue('Guanaco-7B (copy)');
    await expect(copy.getByLabel('Method', { exact: true })).toHaveValue('qlora');
    await expect(copy.getByLabel('Architecture', { exact: true })).toHaveValue('LLaMA-7B');
    await expect(copy.getByLabel('Learning rate', { exact: true })).toHaveValue('2e-4');
    await expect(copy.getByLabel('LoRA rank', { exact: true })).toHaveValue('64');

    // The copy is its own model: editing it leaves the original as it was.
    await copy.getByLabel('LoRA rank', { exact: true }).fill('16');
    await expect(model.getByLabel('LoRA rank', { exact: true })).toHaveValue('64');
    const report = await exportJson(page);
    const models = report['models']?.['models'] as {
      id: string;
      name: string;
      method: string;
      architecture: string;
      hyperparameters: { learningRate: number | null };
      lora: { rank: number | null };
    }[];
    expect(models.map((entry) => [entry.name, entry.method, entry.architecture])).toEqual([
      ['Guanaco-7B', 'qlora', 'LLaMA-7B'],
      ['Guanaco-7B (copy)', 'qlora', 'LLaMA-7B'],
    ]);
    expect(models.map((entry) => entry.hyperparameters.learningRate)).toEqual([2e-4, 2e-4]);
    expect(models.map((entry) => entry.lora.rank)).toEqual([64, 16]);
    expect(new Set(models.map((entry) => entry.id)).size).toBe(2);
  });

  test('Duplicate, Move and Remove of authors and references right after typing', async ({
    page,
  }) => {
    await openApp(page);
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Add author' }).click();
    await main.getByLabel('Name', { exact: true }).click();
    await typeLikeAPerson(page, 'Ada Lovelace');
    const ada = main.getByRole('region', { name: 'Ada Lovelace', exact: true });
    await ada.getByLabel('Affiliation', { exact: true }).click();
    await typeLikeAPerson(page, 'Analytical Engines');
    await main.getByRole('button', { name: 'Duplicate Ada Lovelace', exact: true }).click();
    const adaCopy = main.getByRole('region', { name: 'Ada Lovelace (copy)', exact: true });
    await expect(adaCopy.getByLabel('Affiliation', { exact: true })).toHaveValue(
      'Analytical Engines',
    );
    await adaCopy.getByLabel('Affiliation', { exact: true }).fill('');
    await adaCopy.getByLabel('Affiliation', { exact: true }).click();
    await typeLikeAPerson(page, 'Babbage Ltd');
    await main.getByRole('button', { name: 'Move Ada Lovelace (copy) up', exact: true }).click();
    await expect(main.getByRole('region', { name: /^Ada Lovelace/u })).toHaveCount(2);
    await expect(
      main
        .getByRole('region', { name: /^Ada Lovelace/u })
        .first()
        .getByLabel('Affiliation', { exact: true }),
    ).toHaveValue('Babbage Ltd');
    await expect(ada.getByLabel('Affiliation', { exact: true })).toHaveValue('Analytical Engines');

    await openSection(page, 'Appendix and references');
    await main.getByRole('button', { name: 'Add reference' }).click();
    await main.getByLabel('Reference title', { exact: true }).click();
    await typeLikeAPerson(page, 'QLoRA');
    // By keyboard: a click here is sometimes lost, as something above the button shrinks by one
    // line when the title loses focus (between mousedown and mouseup); reported, not this test's.
    await main.getByRole('button', { name: 'Add reference' }).press('Enter');
    await main
      .getByRole('region', { name: 'Reference 2', exact: true })
      .getByLabel('Reference title', { exact: true })
      .click();
    await typeLikeAPerson(page, 'LoRA');
    await main.getByRole('button', { name: 'Remove QLoRA', exact: true }).click();
    await expect(main.getByLabel('Reference title', { exact: true })).toHaveValue('LoRA');
    await main.getByRole('button', { name: 'Duplicate LoRA', exact: true }).click();
    const titles = main.getByLabel('Reference title', { exact: true });
    await expect(titles).toHaveCount(2);
    await expect(titles.nth(0)).toHaveValue('LoRA');
    await expect(titles.nth(1)).toHaveValue('LoRA (copy)');
  });
});

test('a section opens with its heading in view, wherever the last one was scrolled', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Models and approach');
  await page.getByRole('main').getByRole('button', { name: 'Add model' }).click();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Experimental setup', exact: true })
    .click();
  const heading = page
    .getByRole('main')
    .getByRole('heading', { level: 1, name: 'Experimental setup' });
  await expect(heading).toBeInViewport({ ratio: 1 });

  // Next issue, from the foot of a section, lands on its field, scrolled into view.
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Next issue' }).click();
  await expect(page.locator(':focus')).toBeInViewport();
});
