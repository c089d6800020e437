import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { countPlotPoints, createDraftOfSize } from '../support/benchReports';
import { expect, openApp, test, waitUntilSaved } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';

/**
 * A draft at the 25 MB import cap, most of it plot points (1.6 M), as Export writes it. The file is
 * handed to the file chooser by its path, as a person picks it: given as bytes, Playwright would
 * decode 25 MB in the page itself and the test would measure that.
 */
const directory = mkdtempSync(join(tmpdir(), 'large-draft-'));
const draftPath = join(directory, 'cap.json');
const draftText = createDraftOfSize(24.9 * 1024 * 1024, 11);
writeFileSync(draftPath, draftText);
const draftReport = (JSON.parse(draftText) as { report: Parameters<typeof countPlotPoints>[0] })
  .report;

/** The keys IndexedDB holds that start with `prefix`. */
function storedKeys(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('ml-report-studio');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('reports').objectStore('reports').getAllKeys();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            opening.result.close();
            resolve(request.result.map(String).filter((key) => key.startsWith(wanted)));
          };
        };
      }),
    prefix,
  );
}

async function pickDraft(page: Page): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooserPromise).setFiles(draftPath);
}

test.describe.configure({ timeout: 300_000 });

test('a draft at the size cap imports while saying what it does, and is all there after a reload', async ({
  context,
  page,
}) => {
  await emulateSlowMachine(context, page);
  await openApp(page);
  await pickDraft(page);
  await expect(
    page.getByRole('status').filter({ hasText: /^Importing “cap\.json”: / }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel import' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/u })).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByRole('button', { name: 'Cancel import' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    draftReport.titlePage.title,
  );
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    draftReport.titlePage.title,
    { timeout: 60_000 },
  );
  // A save after an edit writes the report around the points, not the points again.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.press('End');
  await typeLikeAPerson(page, ' (read again)');
  await waitUntilSaved(page);
  const seriesCount = draftReport.results.plots.reduce(
    (total, plot) => total + plot.series.length,
    0,
  );
  expect(await storedKeys(page, 'points:')).toHaveLength(seriesCount);
  const exported = JSON.parse((await exportAs(page, 'JSON (.json)')).bytes.toString('utf8')) as {
    report: typeof draftReport;
  };
  expect(countPlotPoints(exported.report)).toBe(countPlotPoints(draftReport));
  expect(countPlotPoints(exported.report)).toBeGreaterThan(1_500_000);
  expect(JSON.stringify(exported.report.results.plots)).toBe(
    JSON.stringify(draftReport.results.plots),
  );
  expect(exported.report.titlePage.title).toBe(`${draftReport.titlePage.title} (read again)`);
  // Deleting the report deletes its points.
  await page.getByRole('button', { name: 'Reports' }).click();
  await page
    .getByRole('menuitem', { name: /^Delete/u })
    .first()
    .click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => storedKeys(page, 'points:')).toHaveLength(0);
});

test('Cancel import stops a large import and leaves the open report as it was', async ({
  context,
  page,
}) => {
  await emulateSlowMachine(context, page);
  await openApp(page);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await typeInto(page, title, 'My own report');
  await pickDraft(page);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('button', { name: 'Cancel import' })).toBeHidden();
  // Long enough for the import to have finished had it gone on.
  await page.waitForTimeout(15_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Imported/u })).toHaveCount(0);
  await expect(title).toHaveValue('My own report');
  await title.press('End');
  await typeLikeAPerson(page, ', still here');
  await expect(title).toHaveValue('My own report, still here');
});
