import { expect, openApp, test } from './appTest';

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
