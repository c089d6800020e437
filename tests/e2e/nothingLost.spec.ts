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
      { partKeys: string[]; partPlaces: [string, string, number][] } | undefined;
    // The Summary is stored as a part of its own (rich text), named in the draft.
    const summaryIndex =
      draft?.partPlaces.findIndex(
        ([section, field]) => section === 'abstract' && field === 'summary',
      ) ?? -1;
    const summaryKey = draft?.partKeys[summaryIndex];
    const summary = summaryKey === undefined ? undefined : await read(summaryKey);
    const textOf = (node: unknown): string => {
      if (typeof node !== 'object' || node === null) return '';
      const { text, content } = node as { text?: unknown; content?: unknown };
      return (
        (typeof text === 'string' ? text : '') +
        (Array.isArray(content) ? content.map(textOf).join('') : '')
      );
    };
    database.close();
    return { status, shown, stored: textOf(summary) };
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

function titleField(page: Page) {
  return page.getByRole('main').getByLabel('Title', { exact: true });
}

test('with storage full from the first start, the title typed comes back when storage works again, and the user is told', async ({
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  // The quota is set from a page that stays open: Chromium withdraws an override when the DevTools
  // session that set it goes, and the app's tab closing would take the quota back with it.
  const keeper = await context.newPage();
  await keeper.goto('/report.schema.json');
  const keeperSession = await context.newCDPSession(keeper);
  await keeperSession.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  const page = await context.newPage();
  await openApp(page);
  await titleField(page).click();
  await page.keyboard.type('Written while storage was full', { delay: 60 });
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Not saved in this browser' }),
  ).toBeVisible();
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  // A tab counts as closed once the browser released its lock; its last save failed on the full
  // storage, so the title is only in its journal.
  await expect
    .poll(() =>
      keeper.evaluate(
        async () =>
          ((await navigator.locks.query()).held ?? []).filter((lock) =>
            (lock.name ?? '').startsWith('ml-report-studio:tab:'),
          ).length,
      ),
    )
    .toBe(0);
  await keeperSession.send('Storage.overrideQuotaForOrigin', { origin });

  const reopened = await context.newPage();
  await openApp(reopened);
  await expect(titleField(reopened)).toHaveValue('Written while storage was full');
  await expect(reopened.getByRole('status').filter({ hasText: 'Recovered' })).toHaveText(
    /Recovered a change that had not been saved: Title page › Title\./u,
  );
  await expect(saveStatus(reopened)).toHaveText('Saved', { timeout: 10_000 });
  await reopened.reload();
  await expect(titleField(reopened)).toHaveValue('Written while storage was full');
  await expect(reopened.getByRole('status').filter({ hasText: 'Recovered' })).toHaveCount(0);
});

test('a title typed into a large imported report right before the tab closes is there when it reopens', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const { createDraftOfSize } = await import('../support/benchReports');
  const { importFile } = await import('./exportFiles');
  const draft = createDraftOfSize(6_000_000, 11);
  let page = await context.newPage();
  await openApp(page);
  await importFile(page, 'large-report.json', draft);
  await expect(page.getByRole('status').filter({ hasText: /^Imported/u })).toBeVisible({
    timeout: 60_000,
  });
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 60_000 });
  for (const trial of [1, 2, 3]) {
    await openSection(page, 'Title page');
    await titleField(page).fill('');
    await titleField(page).click();
    await page.keyboard.type(`Closed at once, trial ${trial}`, { delay: 40 });
    await page.close({ runBeforeUnload: true });
    page = await context.newPage();
    await openApp(page);
    await openSection(page, 'Title page');
    await expect(titleField(page)).toHaveValue(`Closed at once, trial ${trial}`, {
      timeout: 30_000,
    });
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 60_000 });
  }
});

test.describe('two tabs', () => {
  test('edits to different fields in two tabs are merged, and both survive reloading both tabs', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openApp(first);
    await titleField(first).click();
    await first.keyboard.type('Base title', { delay: 30 });
    await expect(saveStatus(first)).toHaveText('Saved', { timeout: 10_000 });
    const second = await context.newPage();
    await openApp(second);
    await expect(titleField(second)).toHaveValue('Base title');

    // Both type before either has saved: tab one the title, tab two the subtitle.
    await titleField(first).click();
    await first.keyboard.press('End');
    await first.keyboard.type(' from tab one', { delay: 60 });
    const subtitle = second.getByRole('main').getByLabel('Subtitle', { exact: true });
    await subtitle.click();
    await second.keyboard.type('Subtitle from tab two', { delay: 60 });
    for (const page of [first, second])
      await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    await expect(
      second.getByRole('alert').filter({ hasText: 'changed in another tab' }),
    ).toHaveCount(0);
    for (const page of [first, second]) {
      await expect(titleField(page)).toHaveValue('Base title from tab one');
      await expect(page.getByRole('main').getByLabel('Subtitle', { exact: true })).toHaveValue(
        'Subtitle from tab two',
      );
    }
    await first.reload();
    await second.reload();
    for (const page of [first, second]) {
      await expect(titleField(page)).toHaveValue('Base title from tab one');
      await expect(page.getByRole('main').getByLabel('Subtitle', { exact: true })).toHaveValue(
        'Subtitle from tab two',
      );
    }
  });

  test('with a large report, keys typed while the other tab’s save is read in are kept', async ({
    context,
  }) => {
    test.setTimeout(300_000);
    const { createDraftOfSize } = await import('../support/benchReports');
    const { importDraft } = await import('./exportFiles');
    const first = await context.newPage();
    await openApp(first);
    // Imported, not only saved: the import runs beside the page, which says "Saved" meanwhile.
    await importDraft(first, 'large-report.json', createDraftOfSize(6_000_000, 12));
    await expect(saveStatus(first)).toHaveText('Saved', { timeout: 60_000 });
    await openSection(first, 'Title page');
    const second = await context.newPage();
    await openApp(second);
    const importedTitle = await titleField(first).inputValue();
    await expect(titleField(second)).toHaveValue(importedTitle, { timeout: 30_000 });

    for (const round of [1, 2, 3]) {
      await titleField(first).fill(`Title from tab one, round ${round}`);
      const subtitle = second.getByRole('main').getByLabel('Subtitle', { exact: true });
      await subtitle.fill('');
      await subtitle.click();
      // Keys keep coming while tab one saves and tab two reads that save in.
      await second.keyboard.type(`Typed in tab two, round ${round}`, { delay: 90 });
      for (const page of [first, second])
        await expect(saveStatus(page)).toHaveText('Saved', { timeout: 60_000 });
      await expect(subtitle).toHaveValue(`Typed in tab two, round ${round}`);
      await expect(titleField(second)).toHaveValue(`Title from tab one, round ${round}`);
      await expect(
        second.getByRole('alert').filter({ hasText: 'changed in another tab' }),
      ).toHaveCount(0);
    }
    await second.reload();
    await expect(titleField(second)).toHaveValue('Title from tab one, round 3', {
      timeout: 30_000,
    });
    await expect(second.getByRole('main').getByLabel('Subtitle', { exact: true })).toHaveValue(
      'Typed in tab two, round 3',
    );
  });

  /**
   * Both tabs change the title while their timers are held (Playwright's clock), so neither can
   * save before both have typed: whichever saves second is asked. Returns that tab and the other.
   */
  async function conflictOnTheTitle(
    context: BrowserContext,
  ): Promise<{ asker: Page; askerTitle: string; other: Page; otherTitle: string }> {
    const first = await context.newPage();
    const second = await context.newPage();
    for (const page of [first, second]) await page.clock.install();
    await openApp(first);
    await titleField(first).fill('Shared');
    await expect(saveStatus(first)).toHaveText('Saved', { timeout: 10_000 });
    await openApp(second);
    await expect(titleField(second)).toHaveValue('Shared');
    for (const page of [first, second]) await page.clock.pauseAt(Date.now() + 60_000);
    await titleField(first).fill('Title from tab one');
    await titleField(second).fill('Title from tab two');
    for (const page of [first, second]) await page.clock.resume();
    const conflictNotice = (page: Page) =>
      page.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await expect
      .poll(
        async () => [await conflictNotice(first).count(), await conflictNotice(second).count()],
        { timeout: 15_000 },
      )
      .toContainEqual(1);
    const firstAsks = (await conflictNotice(first).count()) === 1;
    await expect(conflictNotice(firstAsks ? second : first)).toHaveCount(0);
    return firstAsks
      ? {
          asker: first,
          askerTitle: 'Title from tab one',
          other: second,
          otherTitle: 'Title from tab two',
        }
      : {
          asker: second,
          askerTitle: 'Title from tab two',
          other: first,
          otherTitle: 'Title from tab one',
        };
  }

  test('a conflict on one field asks; Keep this version keeps the other tab’s version under a name and tells that tab', async ({
    context,
  }) => {
    const { asker, askerTitle, other, otherTitle } = await conflictOnTheTitle(context);
    await expect(titleField(asker)).toHaveValue(askerTitle);
    await asker
      .getByRole('alert')
      .filter({ hasText: 'changed in another tab' })
      .getByRole('button', { name: 'Keep this version' })
      .click();
    await expect(saveStatus(asker)).toHaveText('Saved', { timeout: 10_000 });
    await expect(titleField(other)).toHaveValue(askerTitle, { timeout: 10_000 });
    await expect(other.getByRole('status').filter({ hasText: 'Another tab kept' })).toContainText(
      `“${otherTitle} (version from another tab)”`,
    );
    await other.getByRole('button', { name: 'Reports', exact: true }).click();
    await expect(
      other
        .getByRole('menu', { name: 'Reports' })
        .getByText(`${otherTitle} (version from another tab)`, { exact: true }),
    ).toBeVisible();
  });

  test('a reload with a choice pending keeps both versions, the other one under a name', async ({
    context,
  }) => {
    const { asker, askerTitle, otherTitle } = await conflictOnTheTitle(context);
    await asker.reload();
    await expect(titleField(asker)).toHaveValue(otherTitle);
    await expect(asker.getByRole('status').filter({ hasText: 'kept as' })).toContainText(
      `“${askerTitle} (unsaved version)”`,
    );
    await asker.getByRole('button', { name: 'Reports', exact: true }).click();
    await expect(
      asker
        .getByRole('menu', { name: 'Reports' })
        .getByText(`${askerTitle} (unsaved version)`, { exact: true }),
    ).toBeVisible();
  });

  test('a tab editing a report another tab deleted says so instead of recreating it', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openApp(first);
    await titleField(first).fill('Soon deleted');
    await expect(saveStatus(first)).toHaveText('Saved', { timeout: 10_000 });
    const second = await context.newPage();
    await openApp(second);
    await expect(titleField(second)).toHaveValue('Soon deleted');

    await first.getByRole('button', { name: 'Reports', exact: true }).click();
    await first.getByRole('menuitem', { name: 'Delete Soon deleted' }).click();
    await first.getByRole('button', { name: 'Delete', exact: true }).click();

    await titleField(second).fill('Edited after the delete');
    const notice = second.getByRole('alert').filter({ hasText: 'deleted in another tab' });
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(saveStatus(second)).toHaveText('Not saved');
    await first.reload();
    await first.getByRole('button', { name: 'Reports', exact: true }).click();
    await expect(
      first.getByRole('menu', { name: 'Reports' }).getByText('Edited after the delete'),
    ).toHaveCount(0);

    await notice.getByRole('button', { name: 'Keep this report' }).click();
    await expect(saveStatus(second)).toHaveText('Saved', { timeout: 10_000 });
  });
});
