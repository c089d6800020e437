import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, openApp, openSection, test, waitUntilSaved } from './appTest';
import { importFile } from './exportFiles';
import { emulateSlowMachine, typeInto } from './slowMachine';
import { typeEntriesBySection, type TypedEntry } from './typedEntries';

/**
 * A new user fills in only what a Hugging Face model card needs, on a slow machine, exports the
 * card and finds every typed value in README.md as typed: in the YAML metadata the Hub reads and
 * in the card's text.
 */

const title = 'Intent routing: LoRA on Llama # 3.1 "banking"';
const modelName = 'Intent LoRA 8B';
const baseModel = 'meta-llama/Llama-3.1-8B';
const metric = 'Accuracy';
const dataset = 'Banking77';
const datasetHubId = 'PolyAI/banking77';
const learningRate = '2e-4';
const batchSize = '16';
const epochs = '3.0';
const testAccuracy = '93.80';

const entries: TypedEntry[] = [
  { section: 'Title page', label: 'Title', kind: 'text', value: title },
  { section: 'Title page', label: 'License', kind: 'text', value: 'Apache-2.0' },
  { section: 'Problem definition', label: 'Hub task', kind: 'text', value: 'text-classification' },
  { section: 'Problem definition', label: 'Language', kind: 'text', value: 'en, de' },
  {
    section: 'Problem definition',
    card: 'Metric 1',
    adds: 'Add metric',
    label: 'Metric name',
    kind: 'text',
    value: metric,
  },
  {
    section: 'Problem definition',
    card: metric,
    label: 'Primary metric',
    kind: 'checkbox',
    value: 'checked',
  },
  {
    section: 'Problem definition',
    card: metric,
    label: 'Reported on',
    kind: 'select',
    value: 'Test only',
  },
  {
    section: 'Models and approach',
    card: 'Model 1',
    adds: 'Add model',
    label: 'Model name',
    kind: 'text',
    value: modelName,
  },
  {
    section: 'Models and approach',
    card: modelName,
    label: 'Base model on the Hub',
    kind: 'text',
    value: baseModel,
  },
  {
    section: 'Models and approach',
    card: modelName,
    label: 'Dataset',
    kind: 'text',
    value: dataset,
  },
  {
    section: 'Models and approach',
    card: modelName,
    label: 'Batch size',
    kind: 'text',
    value: batchSize,
  },
  { section: 'Models and approach', card: modelName, label: 'Epochs', kind: 'text', value: epochs },
  {
    section: 'Models and approach',
    card: modelName,
    label: 'Learning rate',
    kind: 'text',
    value: learningRate,
  },
  {
    section: 'Experimental setup',
    card: 'Dataset 1',
    adds: 'Add dataset',
    label: 'Dataset name',
    kind: 'text',
    value: dataset,
  },
  {
    section: 'Experimental setup',
    card: dataset,
    label: 'Dataset on the Hub',
    kind: 'text',
    value: datasetHubId,
  },
];

async function openModelCardDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page
    .getByRole('menuitem', { name: 'Hugging Face model card (README.md)', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Export a Hugging Face model card' });
  await expect(dialog).toBeVisible();
  return dialog;
}

function splitCard(markdown: string): { metadata: unknown; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n/u.exec(markdown);
  if (match === null) throw new Error('README.md has no YAML metadata');
  return { metadata: parse(match[1] ?? ''), body: markdown.slice(match[0].length) };
}

test('a model card typed into a blank report on a slow machine reads back every typed value from README.md', async ({
  context,
  page,
}) => {
  test.setTimeout(300_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await typeEntriesBySection(page, entries);

  // Before the result is typed, the dialog names what the card leaves out and where to fill it in.
  const incomplete = await openModelCardDialog(page);
  await expect(incomplete.getByLabel('Model', { exact: true })).toHaveValue(/.+/u);
  await expect(
    incomplete.getByRole('list', { name: 'What the model card leaves out' }).getByRole('listitem'),
  ).toHaveText([
    `Results and analysis: the metric ${metric} has no test value for ${modelName}; fill in Value in the Metric table, or the result is left out of the card.`,
  ]);
  await incomplete.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(incomplete).toBeHidden();

  await openSection(page, 'Results and analysis');
  const cell = page
    .getByRole('main')
    .getByRole('table', { name: 'Metric table' })
    .getByLabel(`${metric} (test) for ${modelName}`, { exact: true });
  // The metric table's code arrives late on a slow machine.
  await expect(cell).toBeVisible({ timeout: 20_000 });
  await typeInto(page, cell, testAccuracy);
  await page.keyboard.press('Tab');
  await waitUntilSaved(page);

  const dialog = await openModelCardDialog(page);
  const modelSelect = dialog.getByLabel('Model', { exact: true });
  await expect(modelSelect.locator('option:checked')).toHaveText(modelName);
  await expect(dialog).toContainText('Nothing is missing');
  await expect(dialog.getByLabel('Include figures as SVG (.zip)')).not.toBeChecked();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export model card', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('README.md');
  const markdown = await readFile(await download.path(), 'utf8');
  const { metadata, body } = splitCard(markdown);

  expect(metadata).toEqual({
    license: 'apache-2.0',
    language: ['en', 'de'],
    library_name: 'peft',
    base_model: baseModel,
    tags: ['lora', 'ml-report-studio'],
    datasets: [datasetHubId],
    metrics: ['accuracy'],
    pipeline_tag: 'text-classification',
    'model-index': [
      {
        name: modelName,
        results: [
          {
            task: { type: 'text-classification' },
            dataset: { type: datasetHubId, name: dataset, split: 'test' },
            metrics: [{ type: 'accuracy', value: Number(testAccuracy), name: metric }],
          },
        ],
      },
    ],
  });
  // The YAML number is written as typed, trailing zero included.
  expect(markdown).toContain(`\n            value: ${testAccuracy}\n`);
  expect(body.startsWith(`\n# ${modelName}\n`)).toBe(true);
  expect(body).toContain(`[${baseModel}](https://huggingface.co/${baseModel})`);
  expect(body).toContain(`on the ${dataset} dataset.`);
  expect(body).toContain(
    `It is described in the report “Intent routing: LoRA on Llama # 3.1 "banking"”.`,
  );
  for (const line of [
    `- learning_rate: ${learningRate}`,
    `- train_batch_size: ${batchSize}`,
    `- num_epochs: ${epochs}`,
    `  - Hub id: ${datasetHubId}`,
  ])
    expect(body).toContain(`\n${line}\n`);
  expect(body).toMatch(new RegExp(`\\| ${modelName} \\| ${testAccuracy} \\|`, 'u'));

  // The .zip variant holds the same README.md; this report has no figures to put beside it.
  const zipDialog = await openModelCardDialog(page);
  await zipDialog.getByLabel('Include figures as SVG (.zip)').check();
  const zipDownloadPromise = page.waitForEvent('download');
  await zipDialog.getByRole('button', { name: 'Export model card', exact: true }).click();
  const zipDownload = await zipDownloadPromise;
  expect(zipDownload.suggestedFilename()).toMatch(/-model-card\.zip$/u);
  const files = unzipSync(new Uint8Array(await readFile(await zipDownload.path())));
  expect(Object.keys(files)).toEqual(['README.md']);
  expect(strFromU8(files['README.md'] ?? new Uint8Array())).toBe(markdown);
});

test('the example exported as a model card and imported into a blank report fills the metadata, hyperparameters and results', async ({
  context,
  page,
}) => {
  test.setTimeout(300_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    'Four fine-tuning strategies for banking intent classification',
  );
  const dialog = await openModelCardDialog(page);
  await expect(dialog.getByLabel('Model', { exact: true }).locator('option:checked')).toHaveText(
    'Model D',
  );
  await expect(dialog).toContainText('Nothing is missing');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export model card', exact: true }).click();
  const card = await readFile(await (await downloadPromise).path());

  await page.getByRole('button', { name: 'New report', exact: true }).click();
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue('');
  await importFile(page, 'README.md', card, 'text/markdown');
  const review = page.getByRole('dialog', { name: 'Review imported values' });
  await expect(review).toBeVisible({ timeout: 30_000 });
  await review.getByRole('button', { name: 'Apply' }).click();
  await expect(review).toBeHidden();

  const main = page.getByRole('main');
  await openSection(page, 'Title page');
  await expect(main.getByLabel('License', { exact: true })).toHaveValue('cc-by-4.0');
  await openSection(page, 'Problem definition');
  await expect(main.getByLabel('Hub task', { exact: true })).toHaveValue('text-classification');
  await expect(main.getByLabel('Language', { exact: true })).toHaveValue('en');
  await openSection(page, 'Models and approach');
  const model = main.getByRole('region', { name: 'Model D', exact: true });
  for (const [label, value] of [
    ['Base model on the Hub', 'mistralai/Mistral-7B-v0.3'],
    ['Learning rate', '1e-4'],
    ['Batch size', '16'],
    ['Gradient accumulation', '2'],
    ['Epochs', '4'],
    ['LoRA rank', '64'],
    ['LoRA alpha', '16'],
  ] as const)
    await expect(model.getByLabel(label, { exact: true })).toHaveValue(value);
  await openSection(page, 'Results and analysis');
  const table = main.getByRole('table', { name: 'Metric table' });
  for (const [label, value] of [
    ['Accuracy (validation) for Model D', '94.6'],
    ['Accuracy (test) for Model D', '94.2'],
    ['Macro-F1 (test) for Model D', '94.2'],
  ] as const)
    await expect(table.getByLabel(label, { exact: true })).toHaveValue(value, { timeout: 20_000 });
});
