import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, openApp, openSection, sectionTitles, test } from './appTest';

for (const title of sectionTitles) {
  test(`${title} of the example passes axe (WCAG 2.1 A and AA, light and dark)`, async ({
    page,
  }) => {
    // Two axe runs over a filled section: 78 s for Models and approach on a busy 2-core machine.
    test.setTimeout(180_000);
    await openApp(page);
    await page.getByRole('button', { name: 'Load example' }).click();
    await openSection(page, title);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const problems = results.violations.map(
        (violation) =>
          `${title} (${colorScheme}): ${violation.id} — ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
      expect(problems).toEqual([]);
    }
  });
}

test('the blank report passes axe, with Check report messages shown', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Check report' }).click();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
});

test('the Comments panel with a thread passes axe and sits below the top bar, beside the form', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await openSection(page, 'Title page');
  const title = page.getByRole('main').getByRole('textbox', { name: 'Title', exact: true });
  await title.click();
  await page.keyboard.type('Adapters on Banking77', { delay: 30 });
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Comment on Title page › Title' });
  await dialog.getByLabel('Your name').click();
  await page.keyboard.type('Ada Lovelace', { delay: 30 });
  await dialog.getByLabel('Comment', { exact: true }).click();
  await page.keyboard.type('Name the dataset split.', { delay: 30 });
  await dialog.getByRole('button', { name: 'Add comment' }).click();
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  await expect(panel).toContainText('Name the dataset split.');

  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (found === null) throw new Error('not laid out');
    return found;
  };
  const panelBox = await box(panel);
  const barBox = await box(page.getByRole('banner'));
  const titleBox = await box(title);
  const previewButtonBox = await box(page.getByRole('button', { name: 'Preview', exact: true }));
  expect(panelBox.y, 'the panel starts below the top bar').toBeGreaterThanOrEqual(
    barBox.y + barBox.height,
  );
  expect(titleBox.x + titleBox.width, 'the form ends left of the panel').toBeLessThanOrEqual(
    panelBox.x,
  );
  expect(
    previewButtonBox.y + previewButtonBox.height,
    'Preview stays uncovered',
  ).toBeLessThanOrEqual(panelBox.y);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .include('.comments-panel')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
});

test('the preview starts below the top bar when the bar takes two rows', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.getByRole('complementary', { name: 'Preview', exact: true });
  await expect(preview).toBeVisible();
  await page.mouse.move(300, 500);
  await page.mouse.wheel(0, 800);
  const bar = await page.getByRole('banner').boundingBox();
  const shown = await preview.boundingBox();
  expect(bar?.height ?? 0, 'the bar wraps at this width').toBeGreaterThan(70);
  expect(shown?.y ?? 0).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 1000) - 1);
});
