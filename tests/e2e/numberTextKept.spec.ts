import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, waitUntilSaved } from './appTest';
import { exportAs, importDraft } from './exportFiles';
import { emulateSlowMachine, typeLikeAPerson } from './slowMachine';

function field(page: Page, label: string): Locator {
  return page.getByRole('main').getByLabel(label, { exact: true });
}

/** Replaces what a field holds by typing, key by key, as a person correcting it does. */
async function typeOver(page: Page, label: string, text: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await typeLikeAPerson(page, text);
}

/** Pastes through the system clipboard with Ctrl/Cmd+V, replacing what the field holds. */
async function pasteOver(
  page: Page,
  context: BrowserContext,
  label: string,
  text: string,
): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((clipboardText) => navigator.clipboard.writeText(clipboardText), text);
  const input = field(page, label);
  await input.click();
  await expect(input).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Leaves the field as a person moving on does, so its flag may show. */
async function leaveField(page: Page, label: string): Promise<void> {
  await field(page, label).click();
  await page.keyboard.press('Tab');
}

const notANumberFlag = /"eight or so" is not a number/u;

test('GPU count typed as "eight or so" after 4 travels as that text in every export, marked, and an import shows it flagged', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Experimental setup');
  await typeOver(page, 'GPU type', 'NVIDIA A100 80GB');
  await typeOver(page, 'GPU count', '4');
  await typeOver(page, 'GPU count', 'eight or so');
  await page.keyboard.press('Tab');
  const gpuCount = field(page, 'GPU count');
  await expect(gpuCount).toHaveValue('eight or so');
  await expect(gpuCount).toHaveAttribute('aria-invalid', 'true');
  await expect(gpuCount).toHaveAccessibleDescription(notANumberFlag);

  const json = await exportAs(page, 'JSON (.json)');
  const exported = JSON.parse(json.bytes.toString('utf8')) as {
    report: { setup: { gpuCount: number | null }; typedNumbers: Record<string, string> };
  };
  expect(exported.report.typedNumbers['setup.gpuCount']).toBe('eight or so');
  // The 4 typed before is no longer what the field says: the file must not hand it on as the count.
  expect(exported.report.setup.gpuCount).toBeNull();

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain('**GPU count:** eight or so (not a number)');
  expect(markdown).not.toMatch(/\b4 × NVIDIA/u);
  expect(markdown).not.toMatch(/GPU count:\** 4\b/u);

  const word = await exportAs(page, 'Word (.docx)');
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array(),
  );
  const wordText = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)]
    .map((match) => match[1])
    .join('');
  expect(wordText).toContain('GPU count: eight or so (not a number)');
  expect(wordText).not.toMatch(/\b4 × NVIDIA/u);

  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await openApp(colleaguePage);
  await importDraft(colleaguePage, json.name, json.bytes);
  await openSection(colleaguePage, 'Experimental setup');
  const importedGpuCount = field(colleaguePage, 'GPU count');
  await expect(importedGpuCount).toHaveValue('eight or so');
  await leaveField(colleaguePage, 'GPU count');
  await expect(importedGpuCount).toHaveAttribute('aria-invalid', 'true');
  await expect(importedGpuCount).toHaveAccessibleDescription(notANumberFlag);
  await colleague.close();
});

test('10,800 characters pasted into Runs per configuration are refused with a message at once, and what was typed survives a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Experimental setup');
  await typeOver(page, 'GPU count', '4');
  await typeOver(page, 'GPU count', 'eight or so');
  await typeOver(page, 'Runs per configuration', '3');

  await pasteOver(page, context, 'Runs per configuration', '1234567890'.repeat(1080));
  const runs = field(page, 'Runs per configuration');
  await expect(runs).toHaveAccessibleDescription(
    /Runs per configuration takes at most 10,000 characters; the 10,800 pasted or typed were not taken/u,
  );
  await expect(runs).toHaveValue('3');

  // A long value within the limit is kept, flagged, and read back after a reload.
  const long = `0.${'3'.repeat(9_000)}`;
  await pasteOver(page, context, 'Runs per configuration', long);
  await expect(runs).toHaveValue(long);

  await waitUntilSaved(page);
  await page.reload();
  await openSection(page, 'Experimental setup');
  await expect(field(page, 'GPU count')).toHaveValue('eight or so');
  await expect(runs).toHaveValue(long);
});
