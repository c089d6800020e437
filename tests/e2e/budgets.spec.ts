import { fileURLToPath } from 'node:url';
import { measureFirstLoadJs } from '../support/firstLoadJs';
import { expect, openApp, test, waitUntilSaved } from './appTest';

/** Cheap, deterministic guards of the issue 8 budgets; `npm run bench` measures the timings. */

type CounterHost = { __mlReportStudioCounters?: Record<string, number> };

const distDirectory = fileURLToPath(
  new URL(`../../${process.env['E2E_OUT_DIR'] ?? 'dist'}/`, import.meta.url),
);

test('the first load is at most 250 KB of gzipped JS, with no docx, chart or importer code', () => {
  const firstLoad = measureFirstLoadJs(distDirectory);
  expect(firstLoad.gzipBytes).toBeLessThanOrEqual(250 * 1024);
  expect(firstLoad.forbidden).toEqual([]);
  // The markers must still find the library where it does belong, or this test proves nothing.
  expect(firstLoad.markerHomes['docx']).not.toEqual([]);
  expect(firstLoad.markerHomes['live co-editing (Yjs, Hocuspocus, y-tiptap)']).not.toEqual([]);
});

test('typing 20 characters re-renders no other section, serializes nothing, writes once', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (globalThis as CounterHost).__mlReportStudioCounters = {};
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await expect(title).toHaveValue(/^Four fine-tuning strategies/u);
  await waitUntilSaved(page);

  const counters = () =>
    page.evaluate(() => ({ ...(globalThis as CounterHost).__mlReportStudioCounters }));
  // The counters are wired: the form rendered, and Load example compared the report with a blank one.
  const beforeTyping = await counters();
  expect(beforeTyping['sectionRender:titlePage']).toBeGreaterThan(0);
  expect(beforeTyping['documentSerialization']).toBeGreaterThan(0);

  await title.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    (globalThis as CounterHost).__mlReportStudioCounters = {};
  });
  const typed = ' plus a second draft';
  expect(typed).toHaveLength(20);
  await page.keyboard.type(typed);
  await expect(title).toHaveValue(/ plus a second draft$/u);
  await expect.poll(async () => (await counters())['storageWrite'] ?? 0).toBe(1);
  // Long enough for a second debounced write to show up if typing caused one.
  await page.waitForTimeout(1500);

  const final = await counters();
  const otherSectionRenders = Object.entries(final).filter(
    ([name]) => name.startsWith('sectionRender:') && name !== 'sectionRender:titlePage',
  );
  expect(otherSectionRenders).toEqual([]);
  expect(final['sectionRender:titlePage'] ?? 0).toBe(0);
  expect(final['documentSerialization'] ?? 0).toBe(0);
  expect(final['storageWrite']).toBe(1);
});
