import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, openSection, test } from './appTest';
import { exportAs, importFile } from './exportFiles';
import { emulateSlowMachine } from './slowMachine';

const cardPath = path.join(
  import.meta.dirname,
  '..',
  'fixtures',
  'model-cards',
  'trainer-modernbert-multigpu-grad-accum.md',
);
const modelName = 'ModernBERT-base-num=40';
// What the card says, as the form shows it: numbers as the card wrote them.
const modelValues = [
  ['Base model on the Hub', 'answerdotai/ModernBERT-base'],
  ['Learning rate', '2e-05'],
  ['Batch size', '4'],
  ['Gradient accumulation', '4'],
  ['Epochs', '40.0'],
  ['Scheduler', 'linear'],
  ['Optimizer', 'adamw_torch'],
  ['Adam ε', '1e-08'],
] as const;

test('a Trainer model card fills the form after review, and the JSON export holds it', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await importFile(page, 'README.md', await readFile(cardPath), 'text/markdown');

  const dialog = page.getByRole('dialog', { name: 'Review imported values' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('README.md', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Target model')).toHaveValue('__new__');
  await expect(dialog.getByLabel('New model name')).toHaveValue(modelName);
  const learningRate = dialog.getByRole('checkbox', { name: `Apply ${modelName} › Learning rate` });
  await expect(learningRate).toBeChecked();
  await expect(
    dialog.getByRole('row').filter({ hasText: `${modelName} › Learning rate` }),
  ).toContainText('2e-05');
  await expect(dialog.getByRole('checkbox', { name: 'Apply Title' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  await openSection(page, 'Title page');
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(modelName);
  await expect(page.getByRole('main').getByLabel('License', { exact: true })).toHaveValue(
    'apache-2.0',
  );
  await openSection(page, 'Models and approach');
  const card = page.getByRole('main').getByRole('region', { name: modelName });
  for (const [label, value] of modelValues)
    await expect(card.getByLabel(label, { exact: true })).toHaveValue(value);
  await openSection(page, 'Results and analysis');
  const table = page.getByRole('main').getByRole('table', { name: 'Metric table' });
  await expect(table.getByLabel(`Loss (validation) for ${modelName}`, { exact: true })).toHaveValue(
    '0.7858',
  );
  await expect(table.getByLabel(`MSE (validation) for ${modelName}`, { exact: true })).toHaveValue(
    '0.7856',
  );

  const json = await exportAs(page, 'JSON (.json)');
  const envelope = JSON.parse(json.bytes.toString('utf8')) as {
    report: {
      titlePage: { title: string; license: string };
      models: {
        models: {
          id: string;
          name: string;
          baseModelHubId: string;
          hyperparameters: { learningRate: number; batchSize: number; epochs: number };
        }[];
      };
      problem: { metrics: { id: string; name: string }[] };
      results: { metricResults: { metricId: string; split: string; value: number }[] };
      typedNumbers: Record<string, string>;
    };
  };
  const { report } = envelope;
  expect(report.titlePage.title).toBe(modelName);
  expect(report.titlePage.license).toBe('apache-2.0');
  const [model] = report.models.models;
  expect(model?.name).toBe(modelName);
  expect(model?.baseModelHubId).toBe('answerdotai/ModernBERT-base');
  expect(model?.hyperparameters).toMatchObject({ learningRate: 2e-5, batchSize: 4, epochs: 40 });
  expect(report.typedNumbers[`models.models#${model?.id ?? ''}.hyperparameters.learningRate`]).toBe(
    '2e-05',
  );
  const metricNames = new Map(report.problem.metrics.map((metric) => [metric.id, metric.name]));
  expect(
    report.results.metricResults.map((result) => [
      metricNames.get(result.metricId),
      result.split,
      result.value,
    ]),
  ).toEqual([
    ['Loss', 'validation', 0.7858],
    ['MSE', 'validation', 0.7856],
  ]);

  // One Undo takes the whole import back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await openSection(page, 'Models and approach');
  await expect(page.getByRole('main').getByRole('region', { name: modelName })).toHaveCount(0);
  await openSection(page, 'Title page');
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue('');
});

test('a model card with unreadable front matter is refused with its line, and nothing changes', async ({
  page,
}) => {
  await openApp(page);
  await importFile(
    page,
    'README.md',
    '---\nlicense: mit\nlanguage: [en\n---\n# Card\n',
    'text/markdown',
  );
  await expect(page.getByRole('alert')).toContainText(
    /README\.md, line \d: the YAML front matter could not be read: .+ Nothing was changed\./u,
  );
  await expect(page.getByRole('dialog', { name: 'Review imported values' })).toHaveCount(0);
  await openSection(page, 'Title page');
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue('');
});

test('a model card dropped on the window opens the same review; Cancel writes nothing', async ({
  page,
}) => {
  await openApp(page);
  const text = await readFile(
    path.join(
      import.meta.dirname,
      '..',
      'fixtures',
      'model-cards',
      'peft-minimal-bnb-config-peft-0.4.md',
    ),
    'utf8',
  );
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'README.md', { type: 'text/markdown' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Review imported values' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(
    dialog.getByRole('row').filter({ hasText: 'Imported model › Quantization bits' }),
  ).toContainText('4');
  await expect(dialog.getByRole('row').filter({ hasText: '› peft' })).toContainText('0.4.0');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await openSection(page, 'Models and approach');
  await expect(page.getByRole('main').getByRole('region', { name: 'Imported model' })).toHaveCount(
    0,
  );
});
