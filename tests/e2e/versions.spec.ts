import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, openApp, openSection, test, typeInRichText, waitUntilSaved } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';

/**
 * A new user keeps two versions of a draft, edits on, reads what changed by field label, goes
 * back to the first version and undoes that, on a slow machine, through visible names only.
 */

async function saveVersion(page: Page, name: string, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Save version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  // The name field has the focus, its suggestion (the report's Version) selected: typing replaces it.
  await expect(dialog.getByRole('textbox', { name: 'Version name' })).toBeFocused();
  await typeLikeAPerson(page, name);
  await typeInto(page, dialog.getByRole('textbox', { name: 'Note' }), note);
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Saved the version “${name}”.` }),
  ).toBeVisible();
}

/** Picks a version by its name in a list that shows each with the time it was saved. */
async function chooseVersion(select: Locator, name: string): Promise<void> {
  const option = select.getByRole('option', { name: new RegExp(`^${name} — `, 'u') });
  await select.selectOption({ label: (await option.textContent()) ?? '' });
}

test('save two versions, edit, see the differences by label, restore the first and undo', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  const main = page.getByRole('main');
  const title = main.getByLabel('Title', { exact: true });
  const subtitle = main.getByLabel('Subtitle', { exact: true });
  await typeInto(page, title, 'Banking intents');
  await saveVersion(page, 'v1', 'First draft');

  await typeInto(page, subtitle, 'Four runs');
  await saveVersion(page, 'v2', 'With a subtitle');

  await title.click();
  await page.keyboard.press('End');
  await typeLikeAPerson(page, ', final');
  await expect(title).toHaveValue('Banking intents, final');
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'LoRA matches full fine-tuning.');
  await openSection(page, 'Title page');
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  const versions = history.getByRole('table', { name: 'Versions' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row').nth(1)).toContainText('v2');
  await expect(versions.getByRole('row').nth(1)).toContainText('With a subtitle');
  await expect(versions.getByRole('row').nth(2)).toContainText('v1');
  await expect(history).toContainText(/2 versions of this report, using \d+ KB/u);

  // The differences from v1 to now, by section and field label.
  await chooseVersion(history.getByLabel('Compare'), 'v1');
  await expect(history.getByLabel('with')).toHaveValue('now');
  await history.getByRole('button', { name: 'Show differences' }).click();
  const differences = history.getByRole('region', { name: 'Differences' });
  await expect(differences.getByRole('status')).toHaveText('3 differences from “v1” to “Now”.', {
    timeout: 20_000,
  });
  const titlePage = differences.getByRole('table', { name: '1. Title page' });
  await expect(titlePage.getByRole('row', { name: /^Title / })).toContainText(
    ['Banking intents', 'Banking intents, final'].join(''),
  );
  await expect(titlePage.getByRole('row', { name: /^Subtitle / })).toContainText(
    '(empty)Four runs',
  );
  const abstract = differences.getByRole('table', { name: '2. Abstract' });
  await expect(abstract.getByRole('row', { name: /^Summary / }).locator('ins')).toHaveText(
    'LoRA matches full fine-tuning.',
  );
  const downloadPromise = page.waitForEvent('download');
  await differences.getByRole('button', { name: 'Download changes (.md)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('changes-since-v1.md');
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('## Changes since v1\n\n### 1. Title page\n\n');
  expect(markdown).toContain('- **Title**: “Banking intents” → “Banking intents, final”');
  expect(markdown).toContain('- **Subtitle**: (empty) → “Four runs”');
  expect(markdown).toContain(
    '### 2. Abstract\n\n- **Summary**: **LoRA matches full fine-tuning.**',
  );

  // Between the two versions only the subtitle changed.
  await chooseVersion(history.getByLabel('with'), 'v2');
  await history.getByRole('button', { name: 'Show differences' }).click();
  await expect(differences.getByRole('status')).toHaveText('1 difference from “v1” to “v2”.');

  await history.getByRole('button', { name: 'Restore v1' }).click();
  await expect(history).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored the version “v1”.' }),
  ).toBeVisible();
  await expect(title).toHaveValue('Banking intents');
  await expect(subtitle).toHaveValue('');

  // Restoring kept what was open as a snapshot and removed no later version.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(versions.getByRole('row')).toHaveCount(4);
  await expect(versions.getByRole('row').nth(1)).toContainText('Before restoring “v1”');
  await expect(versions).toContainText('v2');
  await history.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(title).toHaveValue('Banking intents, final');
  await expect(subtitle).toHaveValue('Four runs');
  await openSection(page, 'Abstract');
  await openSection(page, 'Title page');
  await expect(title).toHaveValue('Banking intents, final');

  // Each export keeps a snapshot, unless the newest version holds the same content: here the
  // one kept before the restore, which Undo brought back.
  await exportAs(page, 'JSON (.json)');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(versions.getByRole('row')).toHaveCount(4);
  await history.getByRole('button', { name: 'Close' }).click();
  await typeInto(page, subtitle, ', three seeds');
  await exportAs(page, 'JSON (.json)');
  await exportAs(page, 'JSON (.json)');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(versions.getByRole('row')).toHaveCount(5);
  await expect(versions.getByRole('row').nth(1)).toContainText(
    'Exported as JSON (.json) (automatic)',
  );
});

async function axeProblems(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of results.violations)
      problems.push(
        `${where} (${colorScheme}): ${violation.id} — ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
      );
  }
  return problems;
}

test('History with differences and the share link dialog pass axe, light and dark', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await expect(title).not.toHaveValue('');
  await saveVersion(page, 'v1', 'Sent to review');
  await title.fill('Banking intents, revised');
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('button', { name: 'Show differences' }).click();
  await expect(history.getByRole('region', { name: 'Differences' }).getByRole('status')).toHaveText(
    '1 difference from “v1” to “Now”.',
  );
  const problems = await axeProblems(page, 'History');
  await history.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('dialog', { name: 'Share link' })).toBeVisible();
  problems.push(...(await axeProblems(page, 'Share link')));
  expect(problems).toEqual([]);
});
