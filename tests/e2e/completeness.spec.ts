import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';

type ExportLabel = 'Markdown (.md)' | 'Word (.docx)' | 'JSON (.json)';

async function download(page: Page, start: () => Promise<void>) {
  const downloadPromise = page.waitForEvent('download');
  await start();
  const file = await downloadPromise;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function chooseExport(page: Page, label: ExportLabel): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

function completeness(page: Page) {
  return page.getByRole('progressbar', { name: 'Report completeness' });
}

async function completenessValue(page: Page): Promise<number> {
  return Number(await completeness(page).getAttribute('aria-valuenow'));
}

function issueStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /issue|Issue/u });
}

const finalExportDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Export a final report with open issues?' });

test('a blank report reads low and Next issue walks it field by field', async ({ page }) => {
  await openApp(page);
  const main = page.getByRole('main');
  expect(await completenessValue(page)).toBeLessThan(10);
  // Nothing is flagged before the author asks.
  await expect(main.getByText('Title is missing')).toHaveCount(0);

  const next = page.getByRole('button', { name: 'Next issue' });
  await next.click();
  await expect(main.getByLabel('Title', { exact: true })).toBeFocused();
  await expect(main.getByText('Title is missing')).toBeVisible();
  await expect(issueStatus(page)).toHaveText(/^Issue 1 of \d+ · Title page: Title is missing$/u);
  await next.click();
  await expect(main.getByRole('button', { name: 'Add author' })).toBeFocused();
  await next.click();
  await expect(main.getByLabel('Date', { exact: true })).toBeFocused();
  await next.click();
  await expect(main.getByLabel('Version', { exact: true })).toBeFocused();
  // Recommended fields keep the section from complete, so Next issue stops at them too.
  await next.click();
  await expect(main.getByLabel('Organization', { exact: true })).toBeFocused();
  await next.click();
  await expect(main.getByLabel('License', { exact: true })).toBeFocused();
  await next.click();
  await expect(main.getByRole('heading', { level: 1, name: 'Abstract' })).toBeVisible();
  await expect(main.getByRole('textbox', { name: 'Summary' })).toBeFocused();

  const previous = page.getByRole('button', { name: 'Previous issue' });
  await previous.click();
  await expect(main.getByRole('heading', { level: 1, name: 'Title page' })).toBeVisible();
  await expect(main.getByLabel('License', { exact: true })).toBeFocused();
  await previous.click();
  await previous.click();
  const version = main.getByLabel('Version', { exact: true });
  await expect(version).toBeFocused();
  await expect(main.getByText('Version is missing')).toBeVisible();

  // Fixing the field it points at moves Next issue on to what followed it.
  await version.fill('0.1');
  await next.click();
  await expect(main.getByLabel('Organization', { exact: true })).toBeFocused();
  expect(await completenessValue(page)).toBeGreaterThan(0);
});

test('the example reads 100 % with no issue to go to', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(completeness(page)).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByRole('button', { name: 'Next issue' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Previous issue' })).toBeDisabled();
  await page.getByRole('button', { name: 'Check report' }).click();
  await expect(issueStatus(page)).toHaveText('No issues: nothing required is missing or wrong.');
  await openSection(page, 'Models and approach');
  await expect(page.getByRole('main').locator('.field-issue')).toHaveCount(0);
});

test('clearing the LoRA rank of one model in the example raises exactly that issue', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Models and approach');
  const modelA = page.getByRole('main').getByRole('region', { name: 'Model A', exact: true });
  const rank = modelA.getByLabel('LoRA rank', { exact: true });
  await rank.fill('');
  await rank.blur();
  await expect.poll(() => completenessValue(page)).toBeLessThan(100);
  await expect(page.getByRole('button', { name: 'Next issue' })).toBeEnabled();

  await page.getByRole('button', { name: 'Check report' }).click();
  await expect(issueStatus(page)).toHaveText('1 issue to look at.');
  await expect(modelA.getByText('LoRA rank is missing')).toBeVisible();
  await expect(page.getByRole('main').locator('.field-issue')).toHaveCount(1);

  await rank.blur();
  await page.getByRole('button', { name: 'Next issue' }).click();
  await expect(rank).toBeFocused();

  // The example is Final, so exporting first lists the one open issue.
  await chooseExport(page, 'Markdown (.md)');
  const dialog = finalExportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 required field is empty');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(
    dialog.getByRole('button', { name: 'Model A › LoRA settings: LoRA rank is missing' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a model without a learning rate is flagged on that field only', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Models and approach');
  const modelB = page.getByRole('main').getByRole('region', { name: 'Model B', exact: true });
  const learningRate = modelB.getByLabel('Learning rate', { exact: true });
  await learningRate.fill('');
  await learningRate.blur();
  await page.getByRole('button', { name: 'Check report' }).click();
  await expect(modelB.getByText('Learning rate is missing')).toBeVisible();
  await expect(page.getByRole('main').locator('.field-issue')).toHaveCount(1);
  await expect(issueStatus(page)).toHaveText('1 issue to look at.');
  expect(await completenessValue(page)).toBeLessThan(100);
});

test('the checklist is derived, can be overridden with a reason, and is in all three exports', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Appendix and references');
  const main = page.getByRole('main');
  const item = main
    .getByRole('listitem')
    .filter({ hasText: 'Pre-trained (fine-tuned) models are available.' });
  const answers = item.getByRole('radiogroup');
  await expect(answers.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(item).toContainText(
    'Derived from the report: No. Appendix and references › Code paths and links: No link to the fine-tuned weights is given.',
  );

  await answers.getByRole('radio', { name: 'N/A', exact: true }).check();
  await expect(item).toContainText('Your answer; the report suggests No.');
  const justification = item.getByLabel('Justification', { exact: true });
  await justification.focus();
  await justification.blur();
  await expect(
    item.getByText('Item 17: you answer N/A where the report suggests No; say why'),
  ).toBeVisible();
  await justification.fill('The checkpoints stay inside the bank.');
  await expect(item.getByText(/say why$/u)).toHaveCount(0);

  const markdown = await download(page, () => chooseExport(page, 'Markdown (.md)'));
  const markdownText = markdown.bytes.toString('utf8');
  expect(markdownText).toContain('### Reproducibility checklist');
  expect(markdownText).toContain(
    '| Pre-trained (fine-tuned) models are available. | N/A | Author (derived: No) | The checkpoints stay inside the bank. |',
  );
  expect(markdownText).toContain(
    '| Training code is available. | Yes | Derived | Appendix and references: Training code in Code paths and links: Training script. |',
  );

  const word = await download(page, () => chooseExport(page, 'Word (.docx)'));
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array(),
  );
  expect(documentXml).toContain('Reproducibility checklist');
  expect(documentXml).toContain('Pre-trained (fine-tuned) models are available.');
  expect(documentXml).toContain('Author (derived: No)');
  expect(documentXml).toContain('The checkpoints stay inside the bank.');

  const json = await download(page, () => chooseExport(page, 'JSON (.json)'));
  const envelope = JSON.parse(json.bytes.toString('utf8')) as {
    report: { appendix: { checklist: unknown } };
  };
  expect(envelope.report.appendix.checklist).toEqual({
    'code-pretrained-models': {
      answer: 'not-applicable',
      justification: 'The checkpoints stay inside the bank.',
    },
  });

  await item.getByRole('button', { name: 'Use the derived answer' }).click();
  await expect(answers.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(item.getByLabel('Justification', { exact: true })).toHaveCount(0);
});

test('a final report lists what is missing before export, and Export anyway still downloads', async ({
  page,
}) => {
  await openApp(page);
  const main = page.getByRole('main');
  await main.getByLabel('Title', { exact: true }).fill('Adapters for ticket triage');
  await main.getByLabel('Status', { exact: true }).selectOption({ label: 'Final' });

  await chooseExport(page, 'Markdown (.md)');
  const dialog = finalExportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You can export it anyway');
  await expect(dialog.getByRole('group', { name: 'Title page' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Title is missing' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Date is missing' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(main.getByText('Date is missing')).toBeVisible();

  await chooseExport(page, 'Markdown (.md)');
  await expect(dialog).toBeVisible();
  const markdown = await download(page, () =>
    dialog.getByRole('button', { name: 'Export anyway' }).click(),
  );
  expect(markdown.name).toMatch(/\.md$/u);
  expect(markdown.bytes.toString('utf8')).toContain('# Adapters for ticket triage');

  // A draft exports straight through.
  await main.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
  const draft = await download(page, () => chooseExport(page, 'JSON (.json)'));
  expect(draft.name).toMatch(/\.json$/u);
  await expect(dialog).toHaveCount(0);
});

test('a section with only warnings reads complete in the nav, with the warnings to review', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const abstractLink = page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Abstract', exact: true });
  await expect(abstractLink).toHaveAccessibleDescription('complete');
  await openSection(page, 'Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await summary.click();
  await expect(summary).toHaveAttribute('contenteditable', 'true');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(` ${Array.from({ length: 300 }, () => 'more').join(' ')}`);
  await page.getByRole('main').getByRole('heading', { level: 1 }).click();
  await expect(abstractLink).toHaveAccessibleDescription('complete, 1 warning to review');
});
