import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, waitUntilSaved } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';

interface ExportedDraft {
  report: {
    titlePage: { title: string; license: string };
    setup: { determinism: string; numberOfRuns: number | null };
  };
}

/** A blank report on a slow machine (4x CPU, lazy code late); returns the main region. */
async function openBlankReportOnSlowMachine(context: BrowserContext, page: Page): Promise<Locator> {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  return page.getByRole('main');
}

// Fields hold typed text in the control until a pause; what reaches them from elsewhere (Undo,
// Redo, a suggestion) must still show in them, and what they hold must reach every export.
test('on a slow machine, fields show what Undo, Redo and a suggestion put in them, and every export has what they show', async ({
  context,
  page,
}) => {
  const main = await openBlankReportOnSlowMachine(context, page);
  const title = main.getByLabel('Title', { exact: true });
  const license = main.getByLabel('License', { exact: true });

  await typeInto(page, title, 'QLoRA on SST-2');
  await waitUntilSaved(page);
  await typeLikeAPerson(page, ', second run');
  await expect(title).toHaveValue('QLoRA on SST-2, second run');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(title).toHaveValue('QLoRA on SST-2');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(title).toHaveValue('QLoRA on SST-2, second run');

  await typeInto(page, license, 'Apa');
  const mit = main.getByRole('button', { name: 'Use “MIT” for License' });
  await mit.click();
  await expect(license).toHaveValue('MIT');
  await expect(mit).toHaveAttribute('aria-pressed', 'true');
  // Typed after the suggestion, on top of what it put in.
  await license.press('End');
  await typeLikeAPerson(page, '-0');
  await expect(license).toHaveValue('MIT-0');
  await expect(mit).toHaveAttribute('aria-pressed', 'false');

  await openSection(page, 'Experimental setup');
  const flags = main.getByLabel('Determinism flags', { exact: true });
  await expect(flags).toHaveAttribute('rows', '2');
  await typeInto(page, flags, 'seed=42');
  await page.keyboard.press('Enter');
  await typeLikeAPerson(page, 'cudnn.deterministic=True');
  await page.keyboard.press('Enter');
  await typeLikeAPerson(page, 'CUBLAS_WORKSPACE_CONFIG=:4096:8');
  // The box grows with the lines as they are typed, before the pause.
  await expect(flags).toHaveAttribute('rows', '4');
  const runs = main.getByLabel('Runs per configuration', { exact: true });
  await typeInto(page, runs, '3');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(runs).toHaveValue('');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(runs).toHaveValue('3');

  const flagsText = 'seed=42\ncudnn.deterministic=True\nCUBLAS_WORKSPACE_CONFIG=:4096:8';
  const draft = JSON.parse(
    (await exportAs(page, 'JSON (.json)')).bytes.toString('utf8'),
  ) as ExportedDraft;
  expect(draft.report.titlePage.title).toBe('QLoRA on SST-2, second run');
  expect(draft.report.titlePage.license).toBe('MIT-0');
  expect(draft.report.setup.determinism).toBe(flagsText);
  expect(draft.report.setup.numberOfRuns).toBe(3);
  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain('QLoRA on SST-2, second run');
  expect(markdown).toContain('MIT-0');
  for (const line of flagsText.split('\n')) expect(markdown).toContain(line);

  await waitUntilSaved(page);
  await page.reload();
  await expect(title).toHaveValue('QLoRA on SST-2, second run');
  await expect(license).toHaveValue('MIT-0');
});

interface ExportedEnvelope {
  exportedAt: string;
  report: { titlePage: { title: string; subtitle: string } };
}

// The export worker keeps the JSON draft it wrote for the report: each export of it stamps its own
// time, and a change typed after it is written into the next export.
test('on a slow machine, each JSON export of an unchanged report has its own time, and one after typing has what was typed', async ({
  context,
  page,
}) => {
  const main = await openBlankReportOnSlowMachine(context, page);
  await typeInto(page, main.getByLabel('Title', { exact: true }), 'LoRA rank sweep on GLUE');
  await typeInto(page, main.getByLabel('Subtitle', { exact: true }), 'ranks 4–64, 3 seeds');
  await waitUntilSaved(page);

  const exportDraft = async (): Promise<{ text: string; draft: ExportedEnvelope }> => {
    const text = (await exportAs(page, 'JSON (.json)')).bytes.toString('utf8');
    return { text, draft: JSON.parse(text) as ExportedEnvelope };
  };
  const first = await exportDraft();
  const second = await exportDraft();
  for (const { draft } of [first, second]) {
    expect(draft.report.titlePage.title).toBe('LoRA rank sweep on GLUE');
    expect(draft.report.titlePage.subtitle).toBe('ranks 4–64, 3 seeds');
  }
  expect(Date.parse(second.draft.exportedAt)).toBeGreaterThan(Date.parse(first.draft.exportedAt));
  // Nothing but the time differs between the two files.
  expect(second.text.replace(second.draft.exportedAt, first.draft.exportedAt)).toBe(first.text);

  await main.getByLabel('Title', { exact: true }).press('End');
  await typeLikeAPerson(page, ', second try');
  const third = await exportDraft();
  expect(third.draft.report.titlePage.title).toBe('LoRA rank sweep on GLUE, second try');
  expect(Date.parse(third.draft.exportedAt)).toBeGreaterThan(Date.parse(second.draft.exportedAt));
  const fourth = await exportDraft();
  expect(fourth.draft.report.titlePage.title).toBe('LoRA rank sweep on GLUE, second try');
  expect(fourth.text.replace(fourth.draft.exportedAt, third.draft.exportedAt)).toBe(third.text);
});

// A save takes in held text every few seconds of steady typing; the analysis waits for the pause,
// then says what the fields show, also when the last keys cancelled each other out.
test('on a slow machine, completeness and Next issue follow text typed without a pause, once the typist stops', async ({
  context,
  page,
}) => {
  const main = await openBlankReportOnSlowMachine(context, page);
  const completeness = page.getByRole('progressbar', { name: 'Report completeness' });
  const completenessNow = async () => Number(await completeness.getAttribute('aria-valuenow'));
  await expect(completeness).toHaveAttribute('aria-valuenow', /\d/u);
  const blank = await completenessNow();

  const titleText = 'Adapter rank and data size: a sweep of LoRA on SST-2 and MNLI';
  const title = main.getByLabel('Title', { exact: true });
  // About 4 s of keys without a pause: longer than the longest a save waits (3 s).
  await typeInto(page, title, titleText);
  await typeLikeAPerson(page, 'x');
  await page.keyboard.press('Backspace');
  await expect.poll(completenessNow).toBeGreaterThan(blank);
  const withTitle = await completenessNow();
  await page.getByRole('button', { name: 'Next issue' }).click();
  await expect(main.getByRole('button', { name: 'Add author' })).toBeFocused();

  await openSection(page, 'Abstract');
  const summary = main.getByRole('textbox', { name: 'Summary', exact: true });
  await summary.click();
  await typeLikeAPerson(
    page,
    'We sweep the adapter rank from 4 to 64 on two tasks and three seeds each.',
  );
  await expect.poll(completenessNow).toBeGreaterThan(withTitle);

  const draft = JSON.parse((await exportAs(page, 'JSON (.json)')).bytes.toString('utf8')) as {
    report: { titlePage: { title: string } };
  };
  expect(draft.report.titlePage.title).toBe(titleText);
  await openSection(page, 'Title page');
  await expect(title).toHaveValue(titleText);
});
