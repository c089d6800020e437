import { deflateSync, strToU8 } from 'fflate';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { createEmptyReport } from '@/model/createEmptyReport';
import { bytesToBase64Url } from '@/model/shareLink/base64Url';
import { buildDeflateBomb } from '../support/deflateBomb';
import { expect, openApp, test, waitUntilSaved } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto } from './slowMachine';

/**
 * Copy share link puts the report in the address's fragment; the link opens the same report in
 * another browser, and hostile links are refused without touching the open report.
 */

// The JSON export stamps the time it was made: both browsers are set to one moment.
const exportMoment = new Date('2026-12-04T10:00:00.000Z');

async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  const address = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await expect(dialog.getByRole('status')).toContainText(
    `${address.length.toLocaleString('en')} characters long`,
  );
  return address;
}

/** A slow machine with a saved report of the user's own open: what a share link must not touch. */
async function openOwnDraft(context: BrowserContext, page: Page): Promise<Locator> {
  await emulateSlowMachine(context, page);
  await openApp(page);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await typeInto(page, title, 'My own draft');
  await waitUntilSaved(page);
  return title;
}

test('the share link of the example opens the same report in a fresh browser', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.clock.setFixedTime(exportMoment);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).not.toHaveValue('');
  const address = await copyShareLink(page);
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#r=1\.[A-Za-z0-9_-]+$/u);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  // The example's points make the link longer than chat apps keep: the dialog says so.
  await expect(dialog.getByRole('alert')).toContainText('Chat apps and mail cut links');
  await dialog.getByRole('button', { name: 'Copy link without plot points' }).click();
  const shorter = page.getByRole('dialog', { name: 'Share link without plot points' });
  const shorterAddress = await shorter.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(shorterAddress.length).toBeLessThan(address.length);
  await shorter.getByRole('button', { name: 'Close' }).click();
  const original = await exportAs(page, 'JSON (.json)');

  const fresh = await browser.newContext();
  await fresh.clock.setFixedTime(exportMoment);
  const freshPage = await fresh.newPage();
  await emulateSlowMachine(fresh, freshPage);
  await freshPage.goto(address);
  await expect(
    freshPage.getByRole('status').filter({ hasText: /^Opened the shared report/u }),
  ).toBeVisible({
    timeout: 30_000,
  });
  // The fragment is gone from the address once read.
  expect(new URL(freshPage.url()).hash).toBe('');
  await waitUntilSaved(freshPage);
  const opened = await exportAs(freshPage, 'JSON (.json)');
  expect(opened.bytes.toString('utf8')).toBe(original.bytes.toString('utf8'));
  // It is stored as a report of its own, under its title.
  const sharedTitle = await freshPage
    .getByRole('main')
    .getByLabel('Title', { exact: true })
    .inputValue();
  await freshPage.getByRole('button', { name: 'Reports' }).click();
  await expect(
    freshPage.getByRole('menu', { name: 'Reports' }).getByRole('menuitem').first(),
  ).toContainText(sharedTitle);
  await fresh.close();
});

function fragmentOf(bytes: Uint8Array): string {
  return `r=1.${bytesToBase64Url(bytes)}`;
}

const newerReport = { ...createEmptyReport('shared'), schemaVersion: 99 };
const hostileLinks: { name: string; fragment: () => string; message: RegExp }[] = [
  { name: 'garbage', fragment: () => 'r=1.<script>alert(1)</script>', message: /damaged/u },
  {
    name: 'a 1 GB decompression bomb',
    fragment: () => fragmentOf(buildDeflateBomb(1024 ** 3)),
    message: /unpacks to more than 25 MB/u,
  },
  {
    name: 'a newer schema version',
    fragment: () =>
      fragmentOf(
        deflateSync(
          strToU8(
            JSON.stringify({
              format: 'ml-report',
              schemaVersion: 99,
              exportedAt: exportMoment.toISOString(),
              report: newerReport,
            }),
          ),
        ),
      ),
    message: /made by a newer version/u,
  },
];

test('hostile share links are refused and the open report is untouched', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const title = await openOwnDraft(context, page);
  for (const link of hostileLinks) {
    await test.step(link.name, async () => {
      // Pasted into the tab: only the fragment changes, the page stays.
      await page.goto(`/#${link.fragment()}`);
      const refusal = page.getByRole('alertdialog', { name: 'The share link was not opened' });
      await expect(refusal).toBeVisible({ timeout: 30_000 });
      await expect(refusal).toContainText(link.message);
      await expect(refusal).toContainText('Your open report has not been changed.');
      await refusal.getByRole('button', { name: 'Close' }).click();
      await expect(title).toHaveValue('My own draft');
      expect(new URL(page.url()).hash).toBe('');
    });
  }
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('menu', { name: 'Reports' }).locator('.report-entry')).toHaveCount(1);
  await page.keyboard.press('Escape');
});

test('a share link asks before it leaves the open report, and keeps that report', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const title = await openOwnDraft(context, page);
  const shared = {
    ...createEmptyReport('shared-report'),
    titlePage: { ...createEmptyReport('shared-report').titlePage, title: 'A colleague’s report' },
  };
  const fragment = fragmentOf(
    deflateSync(
      strToU8(
        JSON.stringify({
          format: 'ml-report',
          schemaVersion: shared.schemaVersion,
          exportedAt: exportMoment.toISOString(),
          report: shared,
        }),
      ),
    ),
  );
  await page.goto(`/#${fragment}`);
  const question = page.getByRole('dialog', {
    name: 'Open the shared report “A colleague’s report”?',
  });
  await expect(question).toContainText('“My own draft” is not replaced: it stays in Reports.');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(title).toHaveValue('My own draft');
  expect(new URL(page.url()).hash).toBe('');

  await page.goto(`/#${fragment}`);
  await question.getByRole('button', { name: 'Open shared report' }).click();
  await expect(title).toHaveValue('A colleague’s report');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Opened the shared report “A colleague’s report” as a new report.' }),
  ).toBeVisible();
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Reports' }).click();
  const reports = page.getByRole('menu', { name: 'Reports' });
  await expect(reports.locator('.report-entry')).toHaveCount(2);
  await expect(reports).toContainText('My own draft');
  await expect(reports).toContainText('A colleague’s report');
});
