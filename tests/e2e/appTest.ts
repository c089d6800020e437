import { expect, test as base, type Page } from '@playwright/test';

/** Every browser test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test expects and names, e.g. a CSP report of a blocked handler. */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (
          message.type() === 'error' &&
          !allowedConsoleErrors.some((pattern) => pattern.test(text))
        )
          errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const sectionTitles = [
  'Title page',
  'Abstract',
  'Background and motivation',
  'Problem definition',
  'Models and approach',
  'Experimental setup',
  'Results and analysis',
  'Conclusion and future work',
  'Appendix and references',
] as const;

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

export async function openSection(
  page: Page,
  title: (typeof sectionTitles)[number],
): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: title, exact: true })
    .click();
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: title }),
  ).toBeVisible();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)$/u }),
  ).toHaveText('Saved', { timeout: 10_000 });
}

export function saveStatus(page: Page) {
  return page.locator('.save-status');
}

/** Clicks a rich-text field and types once its editor is ready, as a person waits for the caret. */
export async function typeInRichText(page: Page, name: string, text: string): Promise<void> {
  const field = page.getByRole('main').getByRole('textbox', { name, exact: true });
  await field.click();
  // The editable stand-in takes keys before the editor loads; its toolbar shows the editor is here.
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: `${name} formatting` }),
  ).toBeVisible({ timeout: 20_000 });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
}
