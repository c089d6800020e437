import { expect, openApp, openSection, test, waitUntilSaved } from './appTest';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';
import { exportAndRead } from './typedEntries';

test('the report can be written and exported with the keyboard alone', async ({ page }) => {
  await openApp(page);
  // The skip link is the first stop and lands in the form.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the form' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByText('What good looks like')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard report');

  // Sections are links: focus one and press Enter.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Abstract', exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Abstract' }),
  ).toBeVisible();

  // The Export menu opens with Enter, moves with the arrow keys and closes with Escape.
  const exportButton = page.getByRole('button', { name: 'Export' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Markdown (.md)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('menu', { name: 'Export' }).getByRole('menuitem').nth(1),
  ).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByRole('menu', { name: 'Export' }).getByRole('menuitem').last(),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'JSON (.json)' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('keyboard-report.json');
});

test('Enter in a field submits nothing: the page stays and every typed character is exported', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  const url = page.url();
  // A page that reloads or navigates loses this mark.
  await page.evaluate(() => Reflect.set(globalThis, 'pageKeptSinceTest', true));
  const main = page.getByRole('main');

  const title = main.getByLabel('Title', { exact: true });
  await typeInto(page, title, 'Enter kept');
  await page.keyboard.press('Enter');
  await typeLikeAPerson(page, ' in place');
  await expect(title).toHaveValue('Enter kept in place');

  await openSection(page, 'Experimental setup');
  const gpuType = main.getByLabel('GPU type', { exact: true });
  await typeInto(page, gpuType, 'NVIDIA L4');
  await page.keyboard.press('Enter');
  const gpuCount = main.getByLabel('GPU count', { exact: true });
  await typeInto(page, gpuCount, 'two');
  // A control holding what is not a number is where a browser's own form check would stop and complain.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await typeLikeAPerson(page, '2');
  await page.keyboard.press('Enter');
  await expect(gpuType).toHaveValue('NVIDIA L4');
  await expect(gpuCount).toHaveValue('2');

  expect(await page.evaluate(() => Reflect.get(globalThis, 'pageKeptSinceTest'))).toBe(true);
  expect(page.url()).toBe(url);
  await waitUntilSaved(page);

  const { markdownText, wordText, json } = await exportAndRead(page);
  for (const text of [markdownText, wordText]) {
    expect(text).toContain('Enter kept in place');
    expect(text).toContain('NVIDIA L4');
  }
  const draft = JSON.parse(json.bytes.toString('utf8')) as {
    report: { titlePage: { title: string }; setup: { gpuType: string; gpuCount: number } };
  };
  expect(draft.report.titlePage.title).toBe('Enter kept in place');
  expect(draft.report.setup).toMatchObject({ gpuType: 'NVIDIA L4', gpuCount: 2 });
});
