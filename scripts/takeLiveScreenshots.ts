/**
 * Takes the README's pictures of live co-editing, light and dark, into docs/screenshots/: the
 * Share live dialog with its link, and a second person's page showing who is present and the first
 * person's caret in the Summary. Builds the app, serves it on its own port and runs the co-editing
 * server in this process. Usage: `npx tsx scripts/takeLiveScreenshots.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { createCollabServer } from '../server/createCollabServer';

const previewPort = 4190;
const baseUrl = `http://127.0.0.1:${previewPort}`;
const viteBin = 'node_modules/.bin/vite';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

async function servePreview(outDir: string): Promise<ChildProcess> {
  const preview = spawn(
    viteBin,
    [
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(previewPort),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(String(previewPort))) {
        clearTimeout(timer);
        resolve();
      }
    };
    preview.stdout?.on('data', read);
    preview.stderr?.on('data', read);
    preview.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}: ${output}`));
    });
  });
  return preview;
}

async function openAs(
  browser: Browser,
  colorScheme: 'light' | 'dark',
  name: string,
): Promise<Page> {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 1440, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((reviewerName) => {
    localStorage.setItem('ml-report-studio:reviewer-name', reviewerName);
  }, name);
  return context.newPage();
}

/** Throws when two of the top bar's controls or names overlap at the page's current width. */
async function checkTopBarOverlaps(page: Page): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const items = [
      ...document.querySelectorAll(
        '.top-bar button:not([hidden]), .top-bar .brand, .top-bar [role="status"], .live-status-state, .live-person',
      ),
    ].filter((element) => element.getClientRects().length > 0);
    const found: string[] = [];
    items.forEach((first, index) => {
      const a = first.getBoundingClientRect();
      for (const second of items.slice(index + 1)) {
        if (first.contains(second) || second.contains(first)) continue;
        const b = second.getBoundingClientRect();
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        if (!apart) found.push(`"${first.textContent}" and "${second.textContent}"`);
      }
    });
    return found;
  });
  if (overlaps.length > 0)
    throw new Error(
      `In the top bar at ${page.viewportSize()?.width} px: ${overlaps.join('; ')} overlap.`,
    );
}

function summaryEditor(page: Page) {
  return page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
}

async function openAbstract(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Abstract', exact: true })
    .click();
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: 'Summary formatting' }),
  ).toBeVisible({ timeout: 30_000 });
}

async function takeScreenshots(
  browser: Browser,
  colorScheme: 'light' | 'dark',
  serverAddress: string,
): Promise<void> {
  const pageA = await openAs(browser, colorScheme, 'Ada Lovelace');
  const pageB = await openAs(browser, colorScheme, 'Grace Hopper');

  await pageA.goto(baseUrl);
  await pageA.getByRole('button', { name: 'Load example' }).click();
  await pageA.getByRole('button', { name: 'Share live…' }).click();
  await pageA.getByRole('textbox', { name: 'Live server address' }).fill(serverAddress);
  await pageA.getByRole('button', { name: 'Start sharing' }).click();
  const linkField = pageA.getByRole('textbox', { name: 'Live link' });
  await expect(linkField).toHaveValue(/#live=/u, { timeout: 30_000 });
  const link = await linkField.inputValue();
  await pageA.screenshot({ path: `docs/screenshots/live-share-dialog-${colorScheme}.png` });
  await pageA.getByRole('button', { name: 'Close' }).click();

  await pageB.goto(link);
  await expect(pageB.getByText(/Joined the live report/u)).toBeVisible({ timeout: 30_000 });
  const presentB = pageB.getByRole('list', { name: 'Present' }).getByRole('listitem');
  await expect(presentB).toHaveCount(2, { timeout: 30_000 });

  await openAbstract(pageA);
  await openAbstract(pageB);
  const summaryA = summaryEditor(pageA);
  const box = await summaryA.boundingBox();
  if (box === null) throw new Error('The Summary editor is not on screen.');
  // In the second line of the text, so the name above the caret sits over the first.
  await pageA.mouse.click(box.x + box.width * 0.4, box.y + 34);
  await expect(summaryEditor(pageB).locator('.live-caret-label')).toHaveText('Ada Lovelace', {
    timeout: 30_000,
  });
  await pageB.mouse.move(0, 0);
  await checkTopBarOverlaps(pageB);
  await pageB.screenshot({ path: `docs/screenshots/live-editing-${colorScheme}.png` });
  await pageB.setViewportSize({ width: 1024, height: 768 });
  await checkTopBarOverlaps(pageB);
  await pageA.context().close();
  await pageB.context().close();
}

const buildDirectory = mkdtempSync(join(tmpdir(), 'live-screenshots-build-'));
const databaseDirectory = mkdtempSync(join(tmpdir(), 'live-screenshots-rooms-'));
const collabServer = await createCollabServer({
  host: '127.0.0.1',
  port: 0,
  databasePath: join(databaseDirectory, 'rooms.sqlite'),
});
let preview: ChildProcess | undefined;
let browser: Browser | undefined;
try {
  const collabPort = await collabServer.listen();
  await run(viteBin, ['build', '--outDir', buildDirectory, '--emptyOutDir', '--logLevel', 'warn']);
  preview = await servePreview(buildDirectory);
  browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const colorScheme of ['light', 'dark'] as const)
    await takeScreenshots(browser, colorScheme, `ws://127.0.0.1:${collabPort}`);
} finally {
  await browser?.close();
  preview?.kill('SIGTERM');
  await collabServer.stop();
  rmSync(buildDirectory, { recursive: true, force: true });
  rmSync(databaseDirectory, { recursive: true, force: true });
}
