import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, typeInRichText, waitUntilSaved } from './appTest';
import { exportAs, importFile } from './exportFiles';

// Typing key by key and exporting take up to 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** WCAG contrast of an element's text against the first opaque background behind it. */
async function contrastRatio(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const channels = (color: string): number[] =>
      (color.match(/[\d.]+/gu) ?? []).map((part) => Number(part));
    const luminance = ([red = 0, green = 0, blue = 0]: number[]): number => {
      const linear = (channel: number) => {
        const value = channel / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    };
    let background: number[] | undefined;
    for (let current: Element | null = node; current !== null; current = current.parentElement) {
      const parts = channels(getComputedStyle(current).backgroundColor);
      if (parts.length === 3 || (parts.length === 4 && parts[3] === 1)) {
        background = parts;
        break;
      }
    }
    const text = luminance(channels(getComputedStyle(node).color));
    const behind = luminance(background ?? [255, 255, 255]);
    return (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
  });
}

async function expectNoContrastViolation(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withRules(['color-contrast'])
    .analyze();
  expect(
    results.violations.flatMap((violation) => violation.nodes.map((node) => node.html)),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Export, Reports and pressed buttons stay readable while open or pressed (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const exportButton = page.getByRole('button', { name: 'Export' });
    // The pointer stays on the button after the click, as a person's does.
    await exportButton.click();
    await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
    expect(await contrastRatio(exportButton)).toBeGreaterThanOrEqual(4.5);
    await expectNoContrastViolation(page, '.top-bar');
    await page.keyboard.press('Escape');

    const reportsButton = page.getByRole('button', { name: 'Reports' });
    await reportsButton.click();
    await expect(reportsButton).toHaveAttribute('aria-expanded', 'true');
    expect(await contrastRatio(reportsButton)).toBeGreaterThanOrEqual(4.5);
    await expectNoContrastViolation(page, '.top-bar');
    await page.keyboard.press('Escape');

    const previewButton = page.getByRole('button', { name: 'Preview' });
    await previewButton.click();
    await expect(previewButton).toHaveAttribute('aria-pressed', 'true');
    expect(await contrastRatio(previewButton)).toBeGreaterThanOrEqual(4.5);
    await expectNoContrastViolation(page, '.top-bar');
  });
}

test('the Abstract says its length once and counts words as they are typed, as the export does', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  const main = page.getByRole('main');
  await expect(main).not.toContainText('words at most');
  await expect(main.getByText('150–250')).toHaveCount(1);
  const counter = main.getByText(/^\d+ words? · aim for about 150–250$/u);
  await expect(counter).toHaveText('0 words · aim for about 150–250');
  await typeInRichText(page, 'Summary', 'Four fine-tuning runs compared on Banking77.');
  await expect(counter).toHaveText('6 words · aim for about 150–250');
  await page.keyboard.press('Enter');
  await page.keyboard.type('QLoRA wins, at a quarter of the memory.', { delay: 30 });
  await expect(counter).toHaveText('14 words · aim for about 150–250');
  await expect(counter).not.toHaveAttribute('aria-live', /./u);

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  const abstract = markdown.split('## 2. Abstract')[1]?.split('\n## ')[0] ?? '';
  expect(abstract.trim().split(/\s+/u)).toHaveLength(14);
});

test('a full stop typed after an address ends the link, and doi: is taken as a DOI link', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  const main = page.getByRole('main');
  await typeInRichText(page, 'Summary', 'see https://example.com. Then more.');
  const summary = main.getByRole('textbox', { name: 'Summary', exact: true });
  await expect(summary.getByRole('link')).toHaveText(['https://example.com']);
  // Typed straight after a link that already exists, a full stop is not part of it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Code at https://example.org ', { delay: 30 });
  await expect(summary.getByRole('link')).toHaveText([
    'https://example.com',
    'https://example.org',
  ]);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('.', { delay: 30 });
  await expect(summary.getByRole('link')).toHaveText([
    'https://example.com',
    'https://example.org',
  ]);

  // The link dialog takes doi: and stores its https://doi.org address.
  await page.keyboard.press('Enter');
  await main.getByRole('button', { name: 'Link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await dialog.getByLabel('Link address').fill('doi:10.48550/arXiv.2106.09685');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary.getByRole('link').nth(2)).toHaveAttribute(
    'href',
    'https://doi.org/10.48550/arXiv.2106.09685',
  );

  // A reference's URL or DOI field takes doi: too, and the export links it.
  await openSection(page, 'Appendix and references');
  await main.getByRole('button', { name: 'Add reference' }).click();
  const link = main.getByLabel('URL or DOI', { exact: true });
  await link.click();
  await page.keyboard.type('doi:10.48550/arXiv.2106.09685', { delay: 20 });
  await main.getByRole('heading', { level: 1 }).click();
  await expect(main.getByText(/URL or DOI must start with/u)).toHaveCount(0);
  await expect(link).not.toHaveAttribute('aria-invalid', 'true');
  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain('<https://doi.org/10.48550/arXiv.2106.09685>');
  expect(markdown).toContain('see <https://example.com>. Then more.');
});

test('a successful import is confirmed, and its Undo brings back the report open before', async ({
  page,
}) => {
  await openApp(page);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await title.click();
  await page.keyboard.type('Imported study', { delay: 20 });
  const exported = await exportAs(page, 'JSON (.json)');
  await title.fill('');
  await title.click();
  await page.keyboard.type('Before import', { delay: 20 });
  await waitUntilSaved(page);

  await importFile(page, exported.name, exported.bytes);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect(title).toHaveValue('Imported study');
  const notice = page.getByRole('status').filter({ hasText: 'Imported “Imported study”' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Before import');
  await expect(notice).toHaveCount(0);
  // One step: the report before the import is back, not an earlier state of it.
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Imported study');
});

test('a flagged metric value keeps ± and spread in their line, its message shown on focus', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Results and analysis');
  const table = page.getByRole('main').getByRole('table', { name: 'Metric table' });
  const name = 'Accuracy (test) for Model A';
  const value = table.getByLabel(name, { exact: true });
  const spread = table.getByLabel(`± ${name}`, { exact: true });
  const neighbour = table.getByLabel('Macro-F1 (test) for Model A', { exact: true });
  const below = table.getByLabel('Accuracy (validation) for Model B', { exact: true });
  const cell = table.getByRole('cell').filter({ has: page.getByLabel(name, { exact: true }) });
  const before = {
    cell: await cell.boundingBox(),
    neighbour: await neighbour.boundingBox(),
    below: await below.boundingBox(),
  };
  await value.fill('');
  await value.click();
  await page.keyboard.type('fast', { delay: 30 });
  await page.getByRole('main').getByRole('heading', { level: 1 }).click();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(value).toHaveAccessibleDescription(/"fast" is not a number/u);
  // Value and ± spread stay on one line, and nothing around the cell moves.
  const valueBox = await value.boundingBox();
  const spreadBox = await spread.boundingBox();
  expect(Math.abs((valueBox?.y ?? 0) - (spreadBox?.y ?? 100))).toBeLessThan(2);
  expect({
    cell: await cell.boundingBox(),
    neighbour: await neighbour.boundingBox(),
    below: await below.boundingBox(),
  }).toEqual(before);

  // The message shows while the value has focus, in a few lines, over the cells around.
  const message = cell.getByText(/"fast" is not a number/u);
  await expect(message).toBeHidden();
  await value.focus();
  await expect(message).toBeVisible();
  expect((await message.boundingBox())?.height ?? 100).toBeLessThan(60);
  expect(await neighbour.boundingBox()).toEqual(before.neighbour);
});
