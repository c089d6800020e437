import type { BrowserContext, Page } from '@playwright/test';
import { expect, openApp, openSection, saveStatus, test, typeInRichText } from './appTest';

function summaryField(page: Page) {
  return page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
}

async function summaryText(page: Page): Promise<string> {
  return ((await summaryField(page).textContent()) ?? '').trim();
}

/** Kills the renderer as a crash would: no pagehide, no unload, no last write. */
async function crashPage(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
}

interface SaveSnapshot {
  status: string;
  shown: string;
  stored: string;
}

/**
 * The status, the Summary as shown and the Summary as stored, read together in the page: no key
 * arrives in between, and a write finishing meanwhile only brings storage closer to the screen.
 */
async function readSaveSnapshot(page: Page): Promise<SaveSnapshot> {
  return page.evaluate(async () => {
    const status = document.querySelector('.save-status')?.textContent ?? '';
    const shown = document.querySelector('#field-abstract__summary')?.textContent ?? '';
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ml-report-studio');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = (key: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = database.transaction('reports').objectStore('reports').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const reportId = await read('setting:lastOpenReportId');
    const draft = (await read(`draft:${String(reportId)}`)) as
      { report: { abstract: { summary: unknown } } } | undefined;
    const textOf = (node: unknown): string => {
      if (typeof node !== 'object' || node === null) return '';
      const { text, content } = node as { text?: unknown; content?: unknown };
      return (
        (typeof text === 'string' ? text : '') +
        (Array.isArray(content) ? content.map(textOf).join('') : '')
      );
    };
    database.close();
    return { status, shown, stored: textOf(draft?.report.abstract.summary) };
  });
}

test('rich text typed without a pause reaches storage within the maximum wait, and Saved is shown only when storage holds what is shown', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await openApp(page);
  await openSection(page, 'Abstract');
  const typed = 'Continuous typing without a pause, one key every tenth of a second, then crash!!';
  await typeInRichText(page, 'Summary', typed.slice(0, 1));
  const snapshots: SaveSnapshot[] = [];
  for (const character of typed.slice(1)) {
    await page.keyboard.type(character);
    snapshots.push(await readSaveSnapshot(page));
    await page.waitForTimeout(100);
  }
  await crashPage(context, page);

  const reopened = await context.newPage();
  await openApp(reopened);
  await openSection(reopened, 'Abstract');
  const survived = await summaryText(reopened);
  expect(typed.startsWith(survived), `"${survived}" is what was typed, in order`).toBe(true);
  // One key per 100 ms: the 3 s maximum wait plus the write lose at most 40 keys.
  expect(
    typed.length - survived.length,
    `kept ${survived.length} of ${typed.length}`,
  ).toBeLessThanOrEqual(40);
  const savedButBehind = snapshots.filter(
    (snapshot) => snapshot.status === 'Saved' && snapshot.stored !== snapshot.shown,
  );
  expect(savedButBehind).toEqual([]);
  // While keys keep coming the status says so most of the time, not only between writes.
  expect(snapshots.filter((snapshot) => snapshot.status === 'Saving…').length).toBeGreaterThan(
    snapshots.length / 2,
  );
});

test('Undo right after typing in rich text undoes what the user sees, and storage agrees', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'Alpha. ');
  await page.waitForTimeout(2000);
  await page.keyboard.type('Beta.');
  await page.keyboard.press('Control+z');
  await expect(summaryField(page)).toHaveText('Alpha.');
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 10_000 });
  await page.keyboard.press('Control+Shift+z');
  await expect(summaryField(page)).toHaveText('Alpha. Beta.');
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 10_000 });
  await page.reload();
  await openSection(page, 'Abstract');
  await expect(summaryField(page)).toHaveText('Alpha. Beta.');
});

test('each click on Undo after pauses in rich text makes one visible change, and leaving the editor adds no empty step', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'One.');
  await page.waitForTimeout(1500);
  await page.keyboard.type(' Two.');
  await page.waitForTimeout(1500);
  // Leaving the editor (a click on the section heading) must not record a step of its own.
  await page.getByRole('main').getByRole('heading', { level: 1, name: 'Abstract' }).click();
  await page.waitForTimeout(1500);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(summaryField(page)).toHaveText('One.');
  await undo.click();
  await expect(summaryField(page)).toHaveText('');
  await expect(undo).toBeDisabled();
});
