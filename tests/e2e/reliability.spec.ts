import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, test, typeInRichText, waitUntilSaved } from './appTest';

async function readStoredValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (storedKey) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('ml-report-studio');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('reports').objectStore('reports').get(storedKey);
          read.onsuccess = () => resolve(read.result as unknown);
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );
}

async function writeStoredValues(page: Page, entries: [string, unknown][]): Promise<void> {
  await page.evaluate(
    (pairs) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ml-report-studio');
        request.onupgradeneeded = () => request.result.createObjectStore('reports');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('reports', 'readwrite');
          for (const [key, value] of pairs) transaction.objectStore('reports').put(value, key);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    entries,
  );
}

test('filling, exporting and importing a report sends nothing off this machine and breaks no CSP rule', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', ' More text.');
  for (const label of ['Markdown (.md)', 'Word (.docx)', 'JSON (.json)']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: label }).click();
    const file = await download;
    if (label === 'JSON (.json)') {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await (
        await chooser
      ).setFiles({
        name: 'again.json',
        mimeType: 'application/json',
        buffer: await readFile(await file.path()),
      });
      await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
    }
  }
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible();
  const appOrigin = new URL(page.url()).origin;
  expect(appOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  const outside = requests.filter(
    (url) => !url.startsWith(appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(outside).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
});

test('a stored draft that cannot be read is kept untouched, and the user can download it', async ({
  page,
}) => {
  await openApp(page);
  const unreadable = {
    format: 'ml-report-draft',
    revision: 3,
    savedAt: '2026-01-01T00:00:00Z',
    report: { schemaVersion: 1, titlePage: 42 },
    fieldInputs: {},
  };
  await writeStoredValues(page, [
    ['draft:damaged', unreadable],
    [
      'summary:damaged',
      { id: 'damaged', title: 'Damaged report', updatedAt: '2026-01-01T00:00:00Z', revision: 3 },
    ],
    ['setting:lastOpenReportId', 'damaged'],
  ]);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the unreadable draft' }).click();
  expect(JSON.parse(await readFile(await (await download).path(), 'utf8'))).toEqual(unreadable);

  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('A fresh start');
  await waitUntilSaved(page);
  expect(await readStoredValue(page, 'draft:damaged')).toEqual(unreadable);
});

test('an edit made in one tab shows up in the other; a conflicting edit is never silently overwritten', async ({
  context,
}) => {
  const first = await context.newPage();
  await openApp(first);
  const firstTitle = first.getByRole('main').getByLabel('Title', { exact: true });
  await firstTitle.fill('Written in tab one');
  await waitUntilSaved(first);

  const second = await context.newPage();
  await openApp(second);
  const secondTitle = second.getByRole('main').getByLabel('Title', { exact: true });
  await expect(secondTitle).toHaveValue('Written in tab one');

  await firstTitle.fill('Tab one again');
  await waitUntilSaved(first);
  await expect(secondTitle).toHaveValue('Tab one again');

  // Both tabs change the report before either has saved.
  await firstTitle.fill('Conflict from tab one');
  await secondTitle.fill('Conflict from tab two');
  await waitUntilSaved(first);
  const notice = second.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(notice).toBeVisible();
  await expect(secondTitle).toHaveValue('Conflict from tab two');
  expect(
    (
      (await readStoredValue(second, 'summary:' + (await readOpenReportId(second)))) as {
        title: string;
      }
    ).title,
  ).toBe('Conflict from tab one');
  await notice.getByRole('button', { name: 'Keep this version' }).click();
  await waitUntilSaved(second);
  await expect(firstTitle).toHaveValue('Conflict from tab two');
});

async function readOpenReportId(page: Page): Promise<string> {
  return (await readStoredValue(page, 'setting:lastOpenReportId')) as string;
}

test('text typed just before the tab closes is there when it reopens', async ({ context }) => {
  const page = await context.newPage();
  await openApp(page);
  await page
    .getByRole('main')
    .getByLabel('Title', { exact: true })
    .fill('Typed right before closing');
  await page.close({ runBeforeUnload: true });
  const reopened = await context.newPage();
  await openApp(reopened);
  await expect(reopened.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    'Typed right before closing',
  );
});

test('when the browser refuses to save, the user is told, can download a backup, and saving resumes by itself', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const originalPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if ((window as unknown as { failWrites?: boolean }).failWrites === true) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return originalPut.apply(this, args);
    };
  });
  await openApp(page);
  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = true;
  });
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await title.fill('Precious words');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved in this browser' });
  await expect(banner).toBeVisible();
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download a JSON backup' }).click();
  const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    report: { titlePage: { title: string } };
  };
  expect(backup.report.titlePage.title).toBe('Precious words');
  await expect(title).toHaveValue('Precious words');

  await page.evaluate(() => {
    (window as unknown as { failWrites: boolean }).failWrites = false;
  });
  await waitUntilSaved(page);
  await expect(banner).toBeHidden();
});

test.describe('pasting', () => {
  test('pasted HTML keeps only the text, formatting and safe links', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page);
    await openSection(page, 'Abstract');
    await typeInRichText(page, 'Summary', 'Start ');
    const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary' });
    await summary.evaluate((element) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p><b>bold</b> <a href="javascript:alert(1)">bad link</a> <a href="https://example.org/">good link</a><script>alert(2)</script><img src="x" onerror="alert(3)"><iframe src="https://example.org"></iframe></p>',
      );
      data.setData('text/plain', 'bold bad link good link');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(summary).toContainText('bold bad link good link');
    await expect(summary.locator('strong')).toHaveText('bold');
    await expect(summary.locator('a')).toHaveCount(1);
    await expect(summary.locator('a')).toHaveAttribute('href', 'https://example.org/');
    await expect(summary.locator('img, script, iframe')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
