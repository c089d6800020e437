/**
 * Takes the README's pictures of the review loop, light and dark, into docs/screenshots/: the
 * Comments panel on the worked example, and the Import review dialog for a reviewed Word file.
 * Usage: build and serve the app (`npx vite build --outDir dist-helper && node_modules/.bin/vite
 * preview --host 127.0.0.1 --port 4331 --strictPort --outDir dist-helper`), then
 * `npx tsx scripts/takeReviewScreenshots.ts http://127.0.0.1:4331`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { chooseReviewedDocx } from '../tests/support/chooseReviewedDocx';
import { addComments, readParts, trackReplacement } from '../tests/support/reviewedDocx';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:4331';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

async function comment(page: Page, field: string, text: string, name?: string): Promise<void> {
  await page.getByRole('main').getByRole('textbox', { name: field, exact: true }).click();
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (name !== undefined) await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Comment', { exact: true }).fill(text);
  await dialog.getByRole('button', { name: 'Add comment' }).click();
}

async function takeScreenshots(colorScheme: 'light' | 'dark'): Promise<void> {
  const browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Title page', exact: true })
    .click();
  await comment(page, 'Organization', 'Which legal entity signs the report?', 'Ada Lovelace');
  await comment(page, 'License', 'Does CC-BY-4.0 cover the fine-tuned weights too?');
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  await panel.getByRole('textbox').first().fill('The bank, not the team.');
  await panel.getByRole('button', { name: 'Reply' }).first().click();
  await page.screenshot({ path: `docs/screenshots/review-comments-${colorScheme}.png` });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Word with comments (.docx)' }).click();
  const exported = await readFile(await (await downloadPromise).path());
  const parts = readParts(new Uint8Array(exported));
  trackReplacement(parts, 'titlePage.organization', 'Northwind Bank', 'Northwind Bank plc');
  addComments(parts, [
    {
      comment: {
        id: 90,
        author: 'Grace Reviewer',
        date: '2026-12-04T09:00:00Z',
        textXml: 'Use the registered name.',
      },
      path: 'titlePage.organization',
    },
  ]);
  await chooseReviewedDocx(page, parts);
  const dialog = page.getByRole('dialog', { name: 'Import review: reviewed.docx' });
  await dialog.getByRole('button', { name: 'Accept' }).first().click();
  await page.screenshot({ path: `docs/screenshots/review-import-${colorScheme}.png` });
  await browser.close();
}

await takeScreenshots('light');
await takeScreenshots('dark');
