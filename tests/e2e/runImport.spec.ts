import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';

const runFolder = path.join(
  import.meta.dirname,
  '..',
  'fixtures',
  'run-files',
  'own',
  'hf-qlora-run',
);
const runFileNames = [
  'trainer_state.json',
  'training_args.json',
  'adapter_config.json',
  'config.json',
  'all_results.json',
  'requirements.txt',
  'nvidia-smi.txt',
  'gpu-memory.csv',
];
// What the files say about the optimizer and the run's cost, as the review and the form show it.
const measuredValues = [
  ['Training time (hours)', '0.5095'],
  ['GPU-hours', '1.019'],
  ['Peak GPU memory (GB)', '22.27'],
  ['Adam β2', '0.999'],
  ['Max grad norm', '0.3'],
] as const;

async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((entries) => {
    const transfer = new DataTransfer();
    for (const entry of entries) transfer.items.add(new File([entry.text], entry.name));
    return transfer;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

test('dropping a run folder fills the form after review, and one Undo takes it all back', async ({
  page,
}) => {
  await openApp(page);
  const files = await Promise.all(
    runFileNames.map(async (name) => ({
      name,
      text: await readFile(path.join(runFolder, name), 'utf8'),
    })),
  );
  await dropFiles(page, files);

  const dialog = page.getByRole('dialog', { name: 'Review imported values' });
  await expect(dialog).toBeVisible();
  for (const name of runFileNames)
    await expect(dialog.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(dialog.getByLabel('Target model')).toHaveValue('__new__');
  await dialog.getByLabel('New model name').fill('Llama QLoRA run');
  const learningRate = dialog.getByRole('checkbox', {
    name: 'Apply Llama QLoRA run › Learning rate',
  });
  await expect(learningRate).toBeChecked();
  for (const [label, value] of measuredValues) {
    const name = `Apply Llama QLoRA run › ${label}`;
    await expect(dialog.getByRole('checkbox', { name })).toBeChecked();
    await expect(
      dialog.getByRole('row').filter({ has: page.getByRole('checkbox', { name }) }),
    ).toContainText(value);
  }
  await expect(
    dialog.getByRole('row').filter({ hasText: 'Llama QLoRA run › GPU-hours' }),
  ).toContainText('0.5095 h × 2 GPUs');
  await expect(
    dialog.getByRole('row').filter({ hasText: 'Llama QLoRA run › Peak GPU memory (GB)' }),
  ).toContainText('1 GB = 1024 MiB');
  await page.screenshot({ path: test.info().outputPath('review-dialog.png') });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();

  await openSection(page, 'Models and approach');
  const card = page.getByRole('main').getByRole('region', { name: 'Llama QLoRA run' });
  await expect(card.getByLabel('Method', { exact: true })).toHaveValue('qlora');
  await expect(card.getByLabel('Learning rate', { exact: true })).not.toHaveValue('');
  await expect(card.getByLabel('LoRA rank', { exact: true })).not.toHaveValue('');
  for (const [label, value] of measuredValues)
    await expect(card.getByLabel(label, { exact: true })).toHaveValue(value);
  await openSection(page, 'Experimental setup');
  await expect(page.getByRole('main').getByLabel('GPU type', { exact: true })).not.toHaveValue('');
  await expect(
    page.getByRole('main').getByLabel('Framework version', { exact: true }),
  ).not.toHaveValue('');
  await openSection(page, 'Results and analysis');
  await expect(
    page
      .getByRole('main')
      .getByText(/Figure 1/u)
      .first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await openSection(page, 'Models and approach');
  await expect(page.getByRole('main').getByRole('region', { name: 'Llama QLoRA run' })).toHaveCount(
    0,
  );
  await openSection(page, 'Experimental setup');
  await expect(page.getByRole('main').getByLabel('GPU type', { exact: true })).toHaveValue('');
});

test('Import run files reads picked files and names each bad one', async ({ page }) => {
  await openApp(page);
  const badFolder = path.join(import.meta.dirname, '..', 'fixtures', 'run-files', 'own', 'bad');
  const names = (await readdir(badFolder)).filter((name) =>
    /truncated|empty|notes|safetensors/u.test(name),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import run files' }).click();
  await (await chooser).setFiles(names.map((name) => path.join(badFolder, name)));
  const dialog = page.getByRole('dialog', { name: 'Review imported values' });
  await expect(dialog).toBeVisible();
  for (const name of names) await expect(dialog.getByText(name).first()).toBeVisible();
  await expect(dialog.getByText(/skipped: it is a binary file/u)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
