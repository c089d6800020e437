import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeLikeAPerson } from './slowMachine';

test.describe.configure({ timeout: 240_000 });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The co-editing server (`npm run collab`'s entry) on 127.0.0.1:`port`, rooms kept in `databasePath`. */
async function startLiveServer(port: number, databasePath: string): Promise<ChildProcess> {
  // Node itself runs the entry (through tsx's loader), so the signal that stops it reaches it.
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/startCollabServer.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
  return server;
}

async function stopLiveServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const forced = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** Errors of the page, except the browser's report of a websocket the stopped server refused. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/WebSocket connection to 'ws:/u.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

async function openSlowPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await emulateSlowMachine(context, page, { cpuSlowdown: 4, lazyCodeDelayMilliseconds: 500 });
  return page;
}

function present(page: Page) {
  return page.getByRole('list', { name: 'Present' }).getByRole('listitem');
}

function summaryEditor(page: Page) {
  return page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
}

/** The text of the Summary editor as written, without the name labels of others' carets. */
async function summaryText(page: Page): Promise<string> {
  return summaryEditor(page).evaluate((editable) => {
    const copy = editable.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.live-caret')) caret.remove();
    return copy.textContent ?? '';
  });
}

function sortedCharacters(text: string): string {
  return [...text].sort().join('');
}

/** Types at the end of a rich-text field once its editor (not the stand-in) holds it. */
async function typeAtEndOfSummary(page: Page, text: string): Promise<void> {
  const field = summaryEditor(page);
  await expect(
    page.getByRole('main').getByRole('toolbar', { name: 'Summary formatting' }),
  ).toBeVisible({ timeout: 30_000 });
  await field.click();
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  await typeLikeAPerson(page, text);
}

async function typeAtEndOf(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByRole('main').getByLabel(label, { exact: true });
  await field.click();
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  await typeLikeAPerson(page, text);
}

interface ExportedReport {
  report: {
    id: string;
    titlePage: { title: string; subtitle: string };
    abstract: { summary: unknown };
  };
}

async function exportedReport(page: Page): Promise<ExportedReport['report']> {
  const json = await exportAs(page, 'JSON (.json)');
  return (JSON.parse(json.bytes.toString('utf8')) as ExportedReport).report;
}

function textOf(richText: unknown): string {
  if (typeof richText !== 'object' || richText === null) return '';
  const node = richText as { text?: unknown; content?: unknown };
  const own = typeof node.text === 'string' ? node.text : '';
  const children = Array.isArray(node.content) ? node.content.map(textOf).join('') : '';
  return own + children;
}

test('two people edit one report live, through a server that goes away and comes back', async ({
  browser,
}) => {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'live-co-editing-'));
  const databasePath = join(directory, 'rooms.sqlite');
  let server = await startLiveServer(port, databasePath);
  const contexts: BrowserContext[] = [];
  try {
    const contextA = await browser.newContext();
    const contextB = await browser.newContext();
    contexts.push(contextA, contextB);
    await contextA.grantPermissions(['clipboard-read', 'clipboard-write']);
    const pageA = await openSlowPage(contextA);
    const pageB = await openSlowPage(contextB);
    const errorsA = collectPageErrors(pageA);
    const errorsB = collectPageErrors(pageB);

    // A shares a blank report; the server's address is typed like a person would.
    await openApp(pageA);
    await pageA.getByRole('button', { name: 'Share live…' }).click();
    const address = pageA.getByRole('textbox', { name: 'Live server address' });
    await address.fill('');
    await address.click();
    await typeLikeAPerson(pageA, `ws://127.0.0.1:${port}`);
    await pageA.getByRole('button', { name: 'Start sharing' }).click();
    await pageA.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      pageA.getByRole('status').filter({ hasText: 'The link is copied.' }),
    ).toBeVisible();
    const link = await pageA.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#live=[\w-]+$/u);
    await pageA.getByRole('button', { name: 'Close' }).click();
    await expect(present(pageA)).toHaveCount(1);

    // B opens the link: the room's report opens as a report of B's, and both are present.
    await pageB.goto(link);
    await expect(pageB.getByText(/Joined the live report/u)).toBeVisible({ timeout: 30_000 });
    await expect(present(pageA)).toHaveCount(2);
    await expect(present(pageB)).toHaveCount(2);
    await expect(present(pageB).filter({ hasText: '(you)' })).toHaveCount(1);

    // Typing in one appears in the other, both ways, key by key: not only once the typist pauses.
    const titleB = pageB.getByRole('main').getByLabel('Title', { exact: true });
    let typingTitle = true;
    const typedTitle = typeAtEndOf(pageA, 'Title', 'LoRA sweep').finally(() => {
      typingTitle = false;
    });
    const seenWhileTyping = new Set<string>();
    while (typingTitle) seenWhileTyping.add(await titleB.inputValue());
    await typedTitle;
    expect(
      [...seenWhileTyping].filter((value) => value !== '' && value !== 'LoRA sweep'),
    ).not.toEqual([]);
    await expect(titleB).toHaveValue('LoRA sweep');
    await typeAtEndOf(pageB, 'Subtitle', 'Llama-3-8B');
    await expect(pageA.getByRole('main').getByLabel('Subtitle', { exact: true })).toHaveValue(
      'Llama-3-8B',
    );

    // Different fields and the same rich-text paragraph at once.
    await openSection(pageA, 'Abstract');
    await openSection(pageB, 'Abstract');
    await typeAtEndOfSummary(pageA, 'Alpha');
    await expect(summaryEditor(pageB)).toContainText('Alpha');
    // Typed at the same place at once, the letters may interleave; both end with the same text.
    await Promise.all([typeAtEndOfSummary(pageA, ' one'), typeAtEndOfSummary(pageB, ' two')]);
    await expect
      .poll(async () => sortedCharacters(await summaryText(pageA)))
      .toBe(sortedCharacters('Alpha one two'));
    await expect.poll(() => summaryText(pageB)).toBe(await summaryText(pageA));

    // The server stops mid-edit; both keep typing and are told their changes are kept here.
    const typingWhileStopping = typeAtEndOfSummary(pageA, ' three');
    await stopLiveServer(server);
    await typingWhileStopping;
    const offline = 'Offline — changes kept here';
    await expect(pageA.getByRole('status').filter({ hasText: offline })).toBeVisible();
    await expect(pageB.getByRole('status').filter({ hasText: offline })).toBeVisible();
    await typeAtEndOfSummary(pageB, ' four');
    await openSection(pageA, 'Title page');
    await openSection(pageB, 'Title page');
    await typeAtEndOf(pageA, 'Title', ' offline A');
    // A reloads while the server is away: the report rejoins its room with all it typed, offline.
    await pageA.reload();
    await expect(pageA.getByRole('status').filter({ hasText: offline })).toBeVisible({
      timeout: 30_000,
    });
    await expect(pageA.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
      'LoRA sweep offline A',
    );
    await expect(present(pageA)).toHaveCount(1);
    await typeAtEndOf(pageB, 'Subtitle', ' offline B');

    // Back on the same port and database: both converge, nothing lost.
    server = await startLiveServer(port, databasePath);
    await expect(pageA.getByRole('status').filter({ hasText: offline })).toHaveCount(0, {
      timeout: 30_000,
    });
    await expect(pageB.getByRole('status').filter({ hasText: offline })).toHaveCount(0, {
      timeout: 30_000,
    });
    for (const page of [pageA, pageB]) {
      await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
        'LoRA sweep offline A',
      );
      await expect(page.getByRole('main').getByLabel('Subtitle', { exact: true })).toHaveValue(
        'Llama-3-8B offline B',
      );
    }

    const reportA = await exportedReport(pageA);
    const reportB = await exportedReport(pageB);
    expect(reportA.titlePage.title).toBe('LoRA sweep offline A');
    expect(reportA.titlePage.subtitle).toBe('Llama-3-8B offline B');
    const summary = textOf(reportA.abstract.summary);
    expect(sortedCharacters(summary)).toBe(sortedCharacters('Alpha one two three four'));
    expect(summary.startsWith('Alpha')).toBe(true);
    expect({ ...reportB, id: reportA.id }).toEqual(reportA);

    // A link whose token is not the room's is refused, and says so.
    const contextC = await browser.newContext();
    contexts.push(contextC);
    const pageC = await contextC.newPage();
    const fragment = link.slice(link.indexOf('#live=') + '#live='.length);
    const room = JSON.parse(Buffer.from(fragment, 'base64url').toString('utf8')) as {
      token: string;
    };
    const wrongToken = `${room.token.slice(0, -4)}${room.token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const wrongLink = `${link.slice(0, link.indexOf('#live='))}#live=${Buffer.from(
      JSON.stringify({ ...room, token: wrongToken }),
    ).toString('base64url')}`;
    await pageC.goto(wrongLink);
    await expect(pageC.getByRole('alert').filter({ hasText: /refused this link/u })).toBeVisible({
      timeout: 30_000,
    });
    await expect(present(pageA)).toHaveCount(2);
    // Refused, the page got nothing of the room: its report is still the blank one it opened with.
    await expect(pageC.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue('');
    expect(await pageC.getByRole('list', { name: 'Present' }).count()).toBe(0);

    expect(errorsA).toEqual([]);
    expect(errorsB).toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
    await stopLiveServer(server);
    rmSync(directory, { recursive: true, force: true });
  }
});
