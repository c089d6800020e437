import { expect, openApp, openSection, test } from './appTest';
import { emulateSlowMachine } from './slowMachine';
import {
  enter,
  exportAndRead,
  expectShownInSections,
  importInFreshBrowser,
  valuesMissingFrom,
  type TypedEntry,
} from './typedEntries';
import { createExampleReport } from '@/model/createExampleReport';

/** Typed before the pause in which the export worker warms up. */
const beforePause: TypedEntry[] = [
  {
    section: 'Title page',
    label: 'Title',
    kind: 'text',
    value: 'QLoRA on Alpaca: a 4-bit adapter for LLaMA-7B',
  },
  {
    section: 'Title page',
    label: 'Subtitle',
    kind: 'text',
    value: 'Dettmers et al. (2023), Table 4, written in two sittings',
  },
];

/** Typed while the worker builds its Word file, then exported at once. */
const duringWarmUp: TypedEntry[] = [
  {
    section: 'Abstract',
    label: 'Summary',
    kind: 'richText',
    value: 'NF4 with double quantization matches 16-bit fine-tuning on MMLU: 39.0 against 38.8.',
  },
];

const exportWorker = /\/exportWorker-[\w-]+\.js$/u;

test('a pause in the writing starts the export worker ahead; what is typed meanwhile is kept, and every export holds the report, not the warm-up', async ({
  context,
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Title page');
  for (const entry of beforePause) await enter(page, entry);
  // Keys 60 ms apart leave no pause: nothing was started while the person typed.
  expect(workers.filter((url) => exportWorker.test(url))).toEqual([]);

  // Left alone, the page starts the export worker without an export asked for.
  await expect
    .poll(() => workers.filter((url) => exportWorker.test(url)).length, { timeout: 60_000 })
    .toBe(1);

  await openSection(page, 'Abstract');
  for (const entry of duringWarmUp) await enter(page, entry);
  const typed = [...beforePause, ...duringWarmUp];
  await expectShownInSections(page, ['Title page', 'Abstract'], typed);

  const { markdownText, wordText, json } = await exportAndRead(page);
  // The exports used the worker started in the pause.
  expect(workers.filter((url) => exportWorker.test(url))).toHaveLength(1);
  expect(valuesMissingFrom(markdownText, typed), 'missing from the Markdown export').toEqual([]);
  expect(valuesMissingFrom(wordText, typed), 'missing from the Word export').toEqual([]);
  // The worker warmed up on the example; none of it may reach the user's file.
  const example = createExampleReport().titlePage;
  for (const text of [markdownText, wordText, json.bytes.toString('utf8')]) {
    expect(text).not.toContain(example.title);
    expect(text).not.toContain(example.subtitle);
  }

  const { colleague, colleaguePage } = await importInFreshBrowser(
    browser,
    json,
    beforePause[0]?.value ?? '',
  );
  await expectShownInSections(colleaguePage, ['Title page', 'Abstract'], typed);
  await colleague.close();
});
