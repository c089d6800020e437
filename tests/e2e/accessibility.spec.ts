import AxeBuilder from '@axe-core/playwright';
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
