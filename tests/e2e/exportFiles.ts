import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export type ExportLabel =
  'Markdown (.md)' | 'Markdown + figures (.zip)' | 'Word (.docx)' | 'JSON (.json)';

export interface ExportedFile {
  name: string;
  path: string;
  bytes: Buffer;
}

/** Exports through the Export menu as a person would and reads the downloaded file. */
export async function exportAs(page: Page, label: ExportLabel): Promise<ExportedFile> {
  const downloadPromise = page.waitForEvent('download');
  // A failed export (such as a worker that cannot load) fails the test at once, with its reason.
  const failure = page.getByRole('alert').filter({ hasText: 'The export failed' });
  const failed = failure.waitFor().then(
    () => failure.innerText(),
    () => undefined,
  );
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: label }).click();
  const download = await Promise.race([downloadPromise, failed]);
  if (download === undefined || typeof download === 'string') throw new Error(String(download));
  const path = await download.path();
  return { name: download.suggestedFilename(), path, bytes: await readFile(path) };
}

/** Picks a file through the Import button's file chooser. */
export async function importFile(
  page: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'application/json',
): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/**
 * Imports a JSON draft and waits until the app says it is open: a section chosen before that
 * would be left when the imported report opens at its title page.
 */
export async function importDraft(
  page: Page,
  name: string,
  content: string | Buffer,
): Promise<void> {
  await importFile(page, name, content);
  await expect(page.getByRole('status').filter({ hasText: /^Imported/u })).toBeVisible({
    timeout: 60_000,
  });
}
