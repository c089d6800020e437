import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, type sectionTitles } from './appTest';
import { exportAs, importFile, type ExportedFile } from './exportFiles';
import { typeInto } from './slowMachine';

/**
 * A value a new user types, found by its visible label (and its list item card), and read back
 * from the screen and from exports. newUser.spec.ts and qloraWriteUp.spec.ts write up a paper
 * with these steps.
 */
export interface TypedEntry {
  section: (typeof sectionTitles)[number];
  /** The list item card (a region named by its heading) the field sits in, if any. */
  card?: string;
  /** The button that adds the card, clicked before this entry. */
  adds?: string;
  label: string;
  kind: 'text' | 'richText' | 'select' | 'checkbox';
  value: string;
  /** Where the value is looked for in the Markdown and Word exports; the typed value by default. */
  exported?: string;
}

const keyDelay = 50;

/** The entry as found once typed: a new card named "Author 1" is then named by its first field. */
export function entryOnceTyped(
  entry: TypedEntry,
  cardNamesOnceTyped: Readonly<Record<string, string>>,
): TypedEntry {
  const card = entry.card === undefined ? undefined : cardNamesOnceTyped[entry.card];
  return card === undefined ? entry : { ...entry, card };
}

function scope(page: Page, entry: TypedEntry): Locator {
  const main = page.getByRole('main');
  return entry.card === undefined
    ? main
    : main.getByRole('region', { name: entry.card, exact: true });
}

/**
 * Section by section, as a new user fills a blank report: adds each card where an entry says so,
 * then types key by key once the field has focus (a new card is named "Model 1" until its first
 * field is typed, then by that field).
 */
export async function typeEntriesBySection(
  page: Page,
  entries: readonly TypedEntry[],
): Promise<void> {
  for (const section of new Set(entries.map((entry) => entry.section))) {
    await openSection(page, section);
    for (const entry of entries.filter((candidate) => candidate.section === section)) {
      if (entry.adds !== undefined)
        await page.getByRole('main').getByRole('button', { name: entry.adds, exact: true }).click();
      const field = control(page, entry);
      if (entry.kind === 'checkbox') await field.check();
      else if (entry.kind === 'select') await field.selectOption({ label: entry.value });
      else await typeInto(page, field, entry.value);
    }
  }
}

/** A library and its version in Key library versions, added as the `number`th card. */
export function libraryEntries(number: number, name: string, version: string): TypedEntry[] {
  return [
    {
      section: 'Experimental setup',
      card: `Library ${number}`,
      adds: 'Add library',
      label: 'Library',
      kind: 'text',
      value: name,
    },
    {
      section: 'Experimental setup',
      card: name,
      label: 'Library version',
      kind: 'text',
      value: version,
    },
  ];
}

export function control(page: Page, entry: TypedEntry): Locator {
  const within = scope(page, entry);
  return entry.kind === 'richText'
    ? within.getByRole('textbox', { name: entry.label, exact: true })
    : within.getByLabel(entry.label, { exact: true });
}

export async function enter(page: Page, entry: TypedEntry): Promise<void> {
  // No separate scroll: each action below scrolls to the field itself and, unlike a bare scroll,
  // finds the field again when the editor replaces its stand-in in the meantime.
  const field = control(page, entry);
  switch (entry.kind) {
    case 'select':
      await field.selectOption({ label: entry.value });
      return;
    case 'checkbox':
      await field.check();
      return;
    case 'text':
    case 'richText':
      // A person clicks and types at once; the editor may still be loading.
      await field.click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(entry.value, { delay: keyDelay });
      return;
  }
}

export async function expectShown(page: Page, entry: TypedEntry): Promise<void> {
  const field = control(page, entry);
  switch (entry.kind) {
    case 'select':
      await expect(field.locator('option:checked')).toHaveText(entry.value);
      return;
    case 'checkbox':
      await expect(field).toBeChecked();
      return;
    case 'text':
      await expect(field).toHaveValue(entry.value);
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      return;
    case 'richText':
      await expect(field).toHaveText(entry.value);
      return;
  }
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * The text a reader shows: pandoc's HTML with tags dropped, entities decoded and spaces collapsed.
 * A standalone page, so a Word title page's Title and Subtitle (pandoc's metadata) are shown as
 * the page's heading, as Word shows them; the page's head is left out.
 */
export function readWithPandoc(path: string, from: 'gfm' | 'docx'): string {
  const html = execFileSync('pandoc', ['-s', '-f', from, '-t', 'html', '--wrap=none', path], {
    encoding: 'utf8',
  });
  return normalizeSpace(
    html
      .replace(/<head>[\s\S]*<\/head>/u, ' ')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, '&'),
  );
}

/** Every entry of these sections shows on screen as typed, section by section. */
export async function expectShownInSections(
  page: Page,
  sections: readonly TypedEntry['section'][],
  entries: readonly TypedEntry[],
): Promise<void> {
  for (const title of sections) {
    await openSection(page, title);
    for (const entry of entries.filter((candidate) => candidate.section === title))
      await expectShown(page, entry);
  }
}

export interface ExportedTexts {
  markdownText: string;
  wordText: string;
  json: ExportedFile;
}

/** Markdown and Word exported and read with pandoc; the JSON draft kept for an import. */
export async function exportAndRead(page: Page): Promise<ExportedTexts> {
  const markdown = await exportAs(page, 'Markdown (.md)');
  const word = await exportAs(page, 'Word (.docx)');
  const json = await exportAs(page, 'JSON (.json)');
  return {
    markdownText: readWithPandoc(markdown.path, 'gfm'),
    wordText: readWithPandoc(word.path, 'docx'),
    json,
  };
}

/** Each typed value missing from an exported text, as "label: value". */
export function valuesMissingFrom(text: string, entries: readonly TypedEntry[]): string[] {
  return entries.flatMap((entry) => {
    const expected = normalizeSpace(entry.exported ?? entry.value);
    return text.includes(expected) ? [] : [`${entry.label}: ${expected}`];
  });
}

/** A colleague opens the JSON draft in another browser; close the context when done. */
export async function importInFreshBrowser(
  browser: Browser,
  json: ExportedFile,
  title: string,
): Promise<{ colleague: BrowserContext; colleaguePage: Page }> {
  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await openApp(colleaguePage);
  await importFile(colleaguePage, json.name, json.bytes);
  await expect(colleaguePage.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    title,
  );
  return { colleague, colleaguePage };
}
