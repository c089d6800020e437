import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, typeInRichText } from './appTest';
import { pasteInto } from './pasteInto';
import { emulateSlowMachine } from './slowMachine';

/** Each part is one way a pasted page tries to run script or style; each holds text worth keeping. */
const hostileHtml = [
  '<p>Kept <b>bold</b> words</p>',
  '<img src="x" onerror="alert(1)">',
  '<style>body { display: none }</style>',
  '<div style="color: red">styled text</div>',
  '<script>alert(2)</script>',
  '<p><a href="javascript:alert(3)">script link</a> <a href="https://example.org/">safe link</a></p>',
  '<svg onload="alert(4)"><circle r="4"></circle></svg>',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
  '<p onclick="alert(6)">clicked text</p>',
  '<b onmouseover="alert(7)" style="color: red">hovered text</b>',
].join('');

const hostilePlainText =
  'Kept bold words\nstyled text\nscript link safe link\nclicked text hovered text';

const keptTexts = [
  'Kept bold words',
  'styled text',
  'script link safe link',
  'clicked text',
  'hovered text',
];

/** Every Content Security Policy report the page raises, from its first script on. */
async function collectCspReports(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { cspReports: string[] }).cspReports = reports;
    document.addEventListener('securitypolicyviolation', (event) =>
      reports.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return () =>
    page.evaluate(
      // Reports are queued as tasks after the parse that raised them: let them arrive first.
      () =>
        new Promise<string[]>((resolve) =>
          setTimeout(
            () => resolve((window as unknown as { cspReports: string[] }).cspReports),
            1000,
          ),
        ),
    );
}

/** Every alert, confirm or prompt the page opens, dismissed. */
function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** What a field must never hold: elements that load or run something, handlers, styles, script links. */
async function unsafeContent(field: Locator): Promise<string[]> {
  return field.evaluate((element) =>
    [...element.querySelectorAll('*')].flatMap((child) => [
      ...(['img', 'script', 'style', 'iframe', 'svg'].includes(child.localName)
        ? [`<${child.localName}>`]
        : []),
      ...child
        .getAttributeNames()
        .filter((name) => name.startsWith('on') || name === 'style' || name === 'srcdoc')
        .map((name) => `${child.localName}[${name}]`),
      ...(/^\s*javascript:/iu.test(child.getAttribute('href') ?? '') ? ['javascript: link'] : []),
    ]),
  );
}

test.describe('hostile pastes', () => {
  test('a hostile paste into rich text raises no CSP report and keeps only its safe text', async ({
    page,
  }) => {
    // The editor's code arrives 30 s late, so the paste and its checks happen before it even on
    // a machine busy with stress --cpu 2 (10 s was not enough there).
    test.setTimeout(240_000);
    const dialogs = collectDialogs(page);
    const cspReports = await collectCspReports(page);
    await openApp(page);
    await openSection(page, 'Abstract');
    await typeInRichText(page, 'Summary', 'Start ');
    const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
    await pasteInto(summary, hostileHtml, hostilePlainText);

    for (const text of keptTexts) await expect(summary).toContainText(text);
    await expect(summary).toContainText('Start Kept');
    await expect(summary.locator('strong')).toHaveText(['bold', 'hovered text']);
    await expect(summary.locator('a')).toHaveCount(1);
    await expect(summary.locator('a')).toHaveAttribute('href', 'https://example.org/');
    expect(await unsafeContent(summary)).toEqual([]);
    expect(await cspReports()).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('a hostile paste before the editor loads raises no CSP report and keeps the text', async ({
    context,
    page,
  }) => {
    test.setTimeout(120_000);
    const dialogs = collectDialogs(page);
    const cspReports = await collectCspReports(page);
    await emulateSlowMachine(context, page, { lazyCodeDelayMilliseconds: 30_000 });
    await openApp(page);
    await openSection(page, 'Abstract');
    const main = page.getByRole('main');
    const summary = main.getByRole('textbox', { name: 'Summary', exact: true });
    const toolbar = main.getByRole('toolbar', { name: 'Summary formatting' });
    await summary.click();
    // The editor's toolbar is not here yet, so the paste goes to the stand-in.
    await expect(toolbar).toBeHidden();
    await pasteInto(summary, hostileHtml, hostilePlainText);
    for (const text of keptTexts) await expect(summary).toContainText(text);
    await expect(toolbar).toBeHidden();
    expect(await unsafeContent(summary)).toEqual([]);

    await expect(toolbar).toBeVisible({ timeout: 90_000 });
    for (const text of keptTexts) await expect(summary).toContainText(text);
    expect(await unsafeContent(summary)).toEqual([]);
    expect(await cspReports()).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('a hostile paste into the editor before its paste cleaner loads waits for it', async ({
    context,
    page,
  }) => {
    test.setTimeout(90_000);
    const dialogs = collectDialogs(page);
    const cspReports = await collectCspReports(page);
    let releaseCleaner = (): void => undefined;
    const cleanerHeld = new Promise<void>((resolve) => {
      releaseCleaner = resolve;
    });
    let cleanerAsked = false;
    await context.route(/sanitizePastedHtml/u, async (route) => {
      cleanerAsked = true;
      await cleanerHeld;
      await route.continue();
    });
    await openApp(page);
    await openSection(page, 'Abstract');
    await typeInRichText(page, 'Summary', 'Start ');
    const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
    await pasteInto(summary, hostileHtml, hostilePlainText);
    // Nothing of the paste is parsed until the cleaner is in.
    await expect.poll(() => cleanerAsked).toBe(true);
    await expect(summary).toHaveText(/^Start\s*$/u);
    expect(await unsafeContent(summary)).toEqual([]);

    releaseCleaner();
    for (const text of keptTexts) await expect(summary).toContainText(text);
    await expect(summary).toContainText('Start Kept');
    await expect(summary.locator('strong')).toHaveText(['bold', 'hovered text']);
    await expect(summary.locator('a')).toHaveAttribute('href', 'https://example.org/');
    expect(await unsafeContent(summary)).toEqual([]);
    expect(await cspReports()).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
