import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface SlowMachineOptions {
  /** Extra time before each script that index.html does not load up front is served. */
  lazyCodeDelayMilliseconds?: number;
  /** Chromium CPU throttling rate: 4 is a slow laptop. */
  cpuSlowdown?: number;
}

const distDirectory = fileURLToPath(
  new URL(`../../${process.env['E2E_OUT_DIR'] ?? 'dist'}/`, import.meta.url),
);

/** The scripts the built index.html loads up front: the entry and its module preloads. */
function firstLoadScripts(): Set<string> {
  const html = readFileSync(`${distDirectory}index.html`, 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/gu)].map((match) => match[1] ?? '');
  return new Set(paths.map((path) => path.replace(/^\.?\//u, '/')));
}

/**
 * Makes the page behave like a slow machine on a slow link: code loaded on demand (editor, plots,
 * exporters, importers) arrives late, and the CPU runs `cpuSlowdown` times slower.
 * Call before the first `page.goto`.
 */
export async function emulateSlowMachine(
  context: BrowserContext,
  page: Page,
  { lazyCodeDelayMilliseconds = 1500, cpuSlowdown = 4 }: SlowMachineOptions = {},
): Promise<void> {
  const upFront = firstLoadScripts();
  await context.route(/\/assets\/[^?]+\.js(\?.*)?$/u, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!upFront.has(path))
      await new Promise((resolve) => setTimeout(resolve, lazyCodeDelayMilliseconds));
    await route.continue();
  });
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/** Types like a person: one key at a time, `delay` milliseconds apart. */
export async function typeLikeAPerson(page: Page, text: string, delay = 60): Promise<void> {
  await page.keyboard.type(text, { delay });
}

/** Clicks a field, waits until it has focus, and types into it like a person. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await expect(field).toBeFocused();
  await typeLikeAPerson(page, text);
}
