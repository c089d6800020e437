import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openApp, test, waitUntilSaved } from './appTest';
import { emulateSlowMachine } from './slowMachine';
import { libraryEntries, typeEntriesBySection, type TypedEntry } from './typedEntries';

/**
 * A new user fills in what a rerun needs for one QLoRA model, on a slow machine, exports the
 * reproduction kit and finds every typed value in its files, as the Trainer, PEFT, bitsandbytes and
 * pip will read them.
 */

const modelName = 'Intent QLoRA 7B';
const inModel = (label: string, value: string, kind: TypedEntry['kind'] = 'text'): TypedEntry => ({
  section: 'Models and approach',
  card: modelName,
  label,
  kind,
  value,
});

const entries: TypedEntry[] = [
  { section: 'Title page', label: 'Title', kind: 'text', value: 'Banking intents, rerun' },
  {
    section: 'Models and approach',
    card: 'Model 1',
    adds: 'Add model',
    label: 'Model name',
    kind: 'text',
    value: modelName,
  },
  inModel('Base model on the Hub', 'mistralai/Mistral-7B-v0.3'),
  inModel('Method', 'QLoRA', 'select'),
  inModel('LoRA rank', '64'),
  inModel('LoRA alpha', '16'),
  inModel('LoRA dropout', '0.1'),
  inModel('Target modules', 'q_proj, v_proj'),
  inModel('Quantization bits', '4'),
  inModel('Double quantization', 'checked', 'checkbox'),
  inModel('Compute dtype', 'bfloat16'),
  inModel('Dataset', 'Banking77'),
  inModel('Batch size', '16'),
  inModel('Gradient accumulation', '2'),
  inModel('Epochs', '4'),
  inModel('Learning rate', '1e-4'),
  inModel('Scheduler', 'cosine'),
  inModel('Warmup', '3 % of steps'),
  inModel('Optimizer', 'paged_adamw_32bit'),
  inModel('Weight decay', '0.01'),
  inModel('Max grad norm', '0.3'),
  inModel('Precision', 'BF16', 'select'),
  inModel('Max sequence length', '64'),
  { section: 'Experimental setup', label: 'Framework version', kind: 'text', value: '2.5.1' },
  { section: 'Experimental setup', label: 'CUDA version', kind: 'text', value: '12.4' },
  { section: 'Experimental setup', label: 'Random seeds', kind: 'text', value: '13, 42' },
  ...libraryEntries(1, 'transformers', '4.47.1'),
  ...libraryEntries(2, 'peft', '0.14.0'),
  ...libraryEntries(3, 'bitsandbytes', '0.45.0'),
  {
    section: 'Experimental setup',
    card: 'Dataset 1',
    adds: 'Add dataset',
    label: 'Dataset name',
    kind: 'text',
    value: 'Banking77',
  },
  {
    section: 'Experimental setup',
    card: 'Banking77',
    label: 'Dataset on the Hub',
    kind: 'text',
    value: 'PolyAI/banking77',
  },
  {
    section: 'Experimental setup',
    card: 'Banking77',
    label: 'Revision',
    kind: 'text',
    value: '96a234bd25c04939c4a79213eb764ae90e4d0d81',
  },
];

async function openKitDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Reproduction kit (.zip)', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a reproduction kit' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a reproduction kit typed into a blank report on a slow machine holds every typed value in its files', async ({
  context,
  page,
}) => {
  test.setTimeout(300_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await typeEntriesBySection(page, entries);
  await waitUntilSaved(page);

  // accelerate and datasets, which train.py needs, have no version yet: the dialog says so.
  const incomplete = await openKitDialog(page);
  const gaps = incomplete.getByRole('list', { name: 'What the report lacks for an exact rerun' });
  await expect(gaps.getByRole('listitem')).toHaveText([
    'Experimental setup › Key library versions: No version of datasets, which the kit’s script needs; requirements.txt leaves it unpinned.',
    'Experimental setup › Key library versions: No version of accelerate, which the kit’s script needs; requirements.txt leaves it unpinned.',
  ]);
  // A gap goes to its field.
  await gaps.getByRole('button').first().click();
  await expect(incomplete).toBeHidden();
  await expect(
    page.getByRole('main').getByRole('heading', { level: 1, name: 'Experimental setup' }),
  ).toBeVisible();

  await typeEntriesBySection(page, [
    ...libraryEntries(4, 'accelerate', '1.2.1'),
    ...libraryEntries(5, 'datasets', '3.2.0'),
  ]);
  await waitUntilSaved(page);

  const dialog = await openKitDialog(page);
  await expect(dialog).toContainText('Nothing is missing');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export reproduction kit', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('banking-intents-rerun-reproduction-kit.zip');
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const file = (path: string): string => {
    const bytes = zip[`reproduction-kit/${path}`];
    if (bytes === undefined) throw new Error(`no ${path} in ${Object.keys(zip).join(', ')}`);
    return strFromU8(bytes);
  };
  const json = (path: string): unknown => JSON.parse(file(path));

  expect(Object.keys(zip).sort()).toEqual(
    [
      'README.md',
      'models/intent-qlora-7b/adapter_config.json',
      'models/intent-qlora-7b/bnb_config.json',
      'models/intent-qlora-7b/run_config.json',
      'models/intent-qlora-7b/training_args.json',
      'requirements.txt',
      'run.sh',
      'train.py',
    ].map((path) => `reproduction-kit/${path}`),
  );
  expect(json('models/intent-qlora-7b/training_args.json')).toEqual({
    output_dir: 'outputs/intent-qlora-7b',
    learning_rate: 1e-4,
    num_train_epochs: 4,
    per_device_train_batch_size: 16,
    gradient_accumulation_steps: 2,
    lr_scheduler_type: 'cosine',
    warmup_ratio: 0.03,
    optim: 'paged_adamw_32bit',
    weight_decay: 0.01,
    max_grad_norm: 0.3,
    bf16: true,
    eval_strategy: 'epoch',
    seed: 13,
    report_to: 'none',
  });
  expect(json('models/intent-qlora-7b/adapter_config.json')).toEqual({
    peft_type: 'LORA',
    base_model_name_or_path: 'mistralai/Mistral-7B-v0.3',
    task_type: 'SEQ_CLS',
    inference_mode: false,
    bias: 'none',
    r: 64,
    lora_alpha: 16,
    lora_dropout: 0.1,
    target_modules: ['q_proj', 'v_proj'],
  });
  expect(json('models/intent-qlora-7b/bnb_config.json')).toEqual({
    load_in_4bit: true,
    bnb_4bit_quant_type: 'nf4',
    bnb_4bit_use_double_quant: true,
    bnb_4bit_compute_dtype: 'bfloat16',
  });
  expect(json('models/intent-qlora-7b/run_config.json')).toEqual({
    model_name: modelName,
    base_model: 'mistralai/Mistral-7B-v0.3',
    task: 'sequence-classification',
    dataset: 'PolyAI/banking77',
    dataset_revision: '96a234bd25c04939c4a79213eb764ae90e4d0d81',
    text_column: 'text',
    label_column: 'label',
    validation_split: 'validation',
    test_split: 'test',
    max_seq_length: 64,
  });
  expect(file('requirements.txt')).toBe(
    [
      '--extra-index-url https://download.pytorch.org/whl/cu124',
      'torch==2.5.1+cu124',
      'transformers==4.47.1',
      'peft==0.14.0',
      'bitsandbytes==0.45.0',
      'accelerate==1.2.1',
      'datasets==3.2.0',
      '',
    ].join('\n'),
  );
  expect(file('run.sh')).toContain('\nseeds=(13 42)\nmodels=(models/intent-qlora-7b)\n');
  expect(file('README.md')).toContain(`| ${modelName} | \`models/intent-qlora-7b\` | QLoRA |`);
  expect(file('README.md')).toContain('Nothing: the report gives every value the kit needs.');
});

test('the example’s kit dialog names Model C’s method, passes axe in light and dark, and its link goes to the field', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const dialog = await openKitDialog(page);
  const gaps = dialog.getByRole('list', { name: 'What the report lacks for an exact rerun' });
  await expect(gaps.getByRole('listitem')).toHaveText([
    'Models and approach › Model C › Method: The kit writes configurations for full fine-tuning, LoRA and QLoRA only; run.sh leaves this model out.',
  ]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .include('dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
  await gaps.getByRole('button').click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('main')
      .getByRole('region', { name: 'Model C', exact: true })
      .getByLabel('Method', { exact: true }),
  ).toBeFocused();
});
