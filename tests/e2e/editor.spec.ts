import {
  expect,
  openApp,
  openSection,
  sectionTitles,
  test,
  typeInRichText,
  waitUntilSaved,
} from './appTest';

test('the Sections nav lists the nine sections and each opens its form', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveText(
    sectionTitles.map((title) => new RegExp(`^\\d?${title}$`, 'u')),
  );
  for (const title of sectionTitles) {
    await openSection(page, title);
    await expect(nav.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('typing in every section survives a reload', async ({ page }) => {
  // About 25 s idle; 72 s beside stress --cpu 2 and other builds, over the 60 s default.
  test.setTimeout(180_000);
  await openApp(page);
  const main = page.getByRole('main');

  await openSection(page, 'Title page');
  await main
    .getByLabel('Title', { exact: true })
    .fill('Four ways to fine-tune a ticket classifier');
  await main.getByLabel('Subtitle', { exact: true }).fill('LoRA, full, adapters and QLoRA');
  await main.getByLabel('Version', { exact: true }).fill('0.3');
  await main.getByLabel('Organization', { exact: true }).fill('Example Corp');
  await main.getByLabel('License', { exact: true }).fill('CC-BY-4.0');
  await main.getByRole('button', { name: 'Add author' }).click();
  await main.getByLabel('Name', { exact: true }).fill('Ada Lovelace');

  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'We compare four fine-tuning methods.');

  await openSection(page, 'Background and motivation');
  await typeInRichText(
    page,
    'Current system limitations',
    'The rules engine misroutes 23 % of tickets.',
  );

  await openSection(page, 'Problem definition');
  await main.getByLabel('Task type', { exact: true }).selectOption('classification');
  await main.getByLabel('Input format', { exact: true }).fill('text');
  await main.getByRole('button', { name: 'Add metric' }).click();
  await main.getByLabel('Metric name', { exact: true }).fill('Accuracy');

  await openSection(page, 'Models and approach');
  await main.getByRole('button', { name: 'Add model' }).click();
  await main.getByLabel('Model name', { exact: true }).fill('Model A');
  await main.getByLabel('Learning rate', { exact: true }).fill('2e-4');

  await openSection(page, 'Experimental setup');
  await main.getByLabel('GPU type', { exact: true }).fill('NVIDIA A100 80GB');
  await main.getByLabel('Random seeds', { exact: true }).fill('13, 42, 1234');

  await openSection(page, 'Results and analysis');
  await main.getByLabel('Accuracy (test) for Model A', { exact: true }).fill('0.912');
  await typeInRichText(page, 'Analysis', 'Model A wins.');

  await openSection(page, 'Conclusion and future work');
  await main.getByLabel('Best model', { exact: true }).selectOption({ label: 'Model A' });
  await typeInRichText(page, 'Limitations', 'One dataset only.');

  await openSection(page, 'Appendix and references');
  await main.getByLabel('Repository', { exact: true }).fill('https://github.com/example/tickets');
  await main.getByRole('button', { name: 'Add reference' }).click();
  await main
    .getByLabel('Reference title', { exact: true })
    .fill('LoRA: Low-Rank Adaptation of Large Language Models');
  await main.getByRole('radio', { name: 'Yes' }).first().check();
  // Leave the last rich-text field so its pending edit is committed before we wait for the save.
  await main.getByLabel('Commit', { exact: true }).fill('3f9c2ab');

  await waitUntilSaved(page);
  await page.reload();

  await openSection(page, 'Title page');
  await expect(main.getByLabel('Title', { exact: true })).toHaveValue(
    'Four ways to fine-tune a ticket classifier',
  );
  await expect(main.getByLabel('Subtitle', { exact: true })).toHaveValue(
    'LoRA, full, adapters and QLoRA',
  );
  await expect(main.getByLabel('Version', { exact: true })).toHaveValue('0.3');
  await expect(main.getByLabel('Organization', { exact: true })).toHaveValue('Example Corp');
  await expect(main.getByLabel('License', { exact: true })).toHaveValue('CC-BY-4.0');
  await expect(main.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
  await openSection(page, 'Abstract');
  await expect(main.getByRole('textbox', { name: 'Summary' })).toHaveText(
    'We compare four fine-tuning methods.',
  );
  await openSection(page, 'Background and motivation');
  await expect(main.getByRole('textbox', { name: 'Current system limitations' })).toHaveText(
    'The rules engine misroutes 23 % of tickets.',
  );
  await openSection(page, 'Problem definition');
  await expect(main.getByLabel('Input format', { exact: true })).toHaveValue('text');
  await expect(main.getByLabel('Metric name', { exact: true })).toHaveValue('Accuracy');
  await openSection(page, 'Models and approach');
  await expect(main.getByLabel('Model name', { exact: true })).toHaveValue('Model A');
  await expect(main.getByLabel('Learning rate', { exact: true })).toHaveValue('2e-4');
  await openSection(page, 'Experimental setup');
  await expect(main.getByLabel('GPU type', { exact: true })).toHaveValue('NVIDIA A100 80GB');
  await expect(main.getByLabel('Random seeds', { exact: true })).toHaveValue('13, 42, 1234');
  await openSection(page, 'Results and analysis');
  await expect(main.getByLabel('Accuracy (test) for Model A', { exact: true })).toHaveValue(
    '0.912',
  );
  await expect(main.getByRole('textbox', { name: 'Analysis' })).toHaveText('Model A wins.');
  await openSection(page, 'Conclusion and future work');
  await expect(main.getByLabel('Best model', { exact: true })).toHaveValue(/.+/u);
  await expect(main.getByRole('textbox', { name: 'Limitations' })).toHaveText('One dataset only.');
  await openSection(page, 'Appendix and references');
  await expect(main.getByLabel('Repository', { exact: true })).toHaveValue(
    'https://github.com/example/tickets',
  );
  await expect(main.getByLabel('Reference title', { exact: true })).toHaveValue(
    'LoRA: Low-Rank Adaptation of Large Language Models',
  );
  await expect(main.getByRole('radio', { name: 'Yes' }).first()).toBeChecked();
  await expect(main.getByLabel('Commit', { exact: true })).toHaveValue('3f9c2ab');
});

test('three models feed the derived summary table', async ({ page }) => {
  await openApp(page);
  await openSection(page, 'Models and approach');
  const main = page.getByRole('main');
  const models = [
    { name: 'Model A', method: 'LoRA', dataset: 'SST-2', epochs: '5', learningRate: '3e-5' },
    {
      name: 'Model B',
      method: 'Full fine-tuning',
      dataset: 'SST-2',
      epochs: '3',
      learningRate: '0.00002',
    },
    { name: 'Model C', method: 'Adapter', dataset: 'IMDB', epochs: '10', learningRate: '1e-4' },
  ];
  for (const [index, model] of models.entries()) {
    await main.getByRole('button', { name: 'Add model' }).click();
    const card = main.getByRole('region', { name: `Model ${index + 1}`, exact: true });
    await card.getByLabel('Model name', { exact: true }).fill(model.name);
    const named = main.getByRole('region', { name: model.name, exact: true });
    await named.getByLabel('Method', { exact: true }).selectOption({ label: model.method });
    await named.getByLabel('Dataset', { exact: true }).fill(model.dataset);
    await named.getByLabel('Epochs', { exact: true }).fill(model.epochs);
    await named.getByLabel('Learning rate', { exact: true }).fill(model.learningRate);
    await named.getByLabel('Batch size', { exact: true }).fill('1,024');
  }
  const table = main.getByRole('table', { name: 'Summary of models' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toHaveText(
    ['Model A', 'LoRA', 'SST-2', '5', '3e-5'].join(''),
  );
  await expect(table.getByRole('row').nth(2)).toHaveText(
    ['Model B', 'Full fine-tuning', 'SST-2', '3', '0.00002'].join(''),
  );
  await expect(table.getByRole('row').nth(3)).toHaveText(
    ['Model C', 'Adapter', 'IMDB', '10', '1e-4'].join(''),
  );
  // The user's notation is kept as typed.
  await expect(
    main.getByRole('region', { name: 'Model B' }).getByLabel('Learning rate', { exact: true }),
  ).toHaveValue('0.00002');
  await expect(
    main.getByRole('region', { name: 'Model C' }).getByLabel('Batch size', { exact: true }),
  ).toHaveValue('1,024');
  // LoRA settings show only for LoRA models.
  await expect(
    main.getByRole('region', { name: 'Model A' }).getByLabel('LoRA rank', { exact: true }),
  ).toBeVisible();
  await expect(
    main.getByRole('region', { name: 'Model B' }).getByLabel('LoRA rank', { exact: true }),
  ).toHaveCount(0);

  await main.getByRole('button', { name: 'Remove Model B' }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);
  await main.getByRole('button', { name: 'Move Model C up' }).click();
  await expect(table.getByRole('row').nth(2)).toContainText('Model C');
});

test('undo and redo with the buttons and the keyboard; typing is one step per pause', async ({
  page,
}) => {
  await openApp(page);
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  await title.pressSequentially('First');
  await page.waitForTimeout(1200);
  await title.pressSequentially(' second');
  await expect(title).toHaveValue('First second');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('First');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('First');

  await title.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(title).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(title).toHaveValue('First');
});

test('a value that does not fit is kept as typed, flagged, and still there after a reload', async ({
  page,
}) => {
  await openApp(page);
  await openSection(page, 'Models and approach');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add model' }).click();
  const learningRate = main.getByLabel('Learning rate', { exact: true });
  await learningRate.fill('fast');
  await learningRate.blur();
  await expect(main.getByText('"fast" is not a number; type e.g. 16, 0.05 or 2e-4')).toBeVisible();
  await expect(learningRate).toHaveAttribute('aria-invalid', 'true');
  const epochs = main.getByLabel('Epochs', { exact: true });
  await epochs.fill('-3');
  await epochs.blur();
  await expect(main.getByText('Epochs must be greater than 0')).toBeVisible();

  await openSection(page, 'Title page');
  const date = main.getByLabel('Date', { exact: true });
  await date.fill('2026-02-30');
  await date.blur();
  await expect(
    main.getByText('Date "2026-02-30" is not a real date; use YYYY-MM-DD'),
  ).toBeVisible();

  await waitUntilSaved(page);
  await page.reload();
  await openSection(page, 'Models and approach');
  await expect(main.getByLabel('Learning rate', { exact: true })).toHaveValue('fast');
  await expect(main.getByLabel('Epochs', { exact: true })).toHaveValue('-3');
});

test('Load example fills every section and reads complete', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('progressbar', { name: 'Report completeness' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await openSection(page, 'Models and approach');
  await expect(
    page.getByRole('main').getByRole('table', { name: 'Summary of models' }).getByRole('row'),
  ).toHaveCount(5);
  for (const title of sectionTitles) {
    await expect(
      page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: title, exact: true }),
    ).toHaveAccessibleDescription('complete');
  }
  // Replacing written content asks first, and Undo brings the old content back.
  await openSection(page, 'Title page');
  const title = page.getByRole('main').getByLabel('Title', { exact: true });
  const exampleTitle = await title.inputValue();
  await title.fill('My own report');
  await page.getByRole('button', { name: 'Load example' }).click();
  const dialog = page.getByRole('dialog', { name: /Replace the open report/u });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(title).toHaveValue(exampleTitle);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('My own report');
});

test('New report starts blank and the Reports menu keeps both', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('First report');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'New report' }).click();
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue('');
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('Second report');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Reports' }).click();
  const menu = page.getByRole('menu', { name: 'Reports' });
  await expect(menu.getByRole('menuitem', { name: /^First report/u })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Second report/u })).toBeVisible();
  await menu.getByRole('menuitem', { name: /^First report/u }).click();
  await expect(page.getByRole('main').getByLabel('Title', { exact: true })).toHaveValue(
    'First report',
  );
});

test('text typed in the pause before switching reports stays with its own report', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('First report');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'New report' }).click();
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('Second report');
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'Written in the second report');
  // No pause: the editor still holds the text when the other report opens.
  await page.getByRole('button', { name: 'Reports' }).click();
  await page
    .getByRole('menu', { name: 'Reports' })
    .getByRole('menuitem', { name: /^First report/u })
    .click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Abstract');
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await expect(summary).toHaveAttribute('contenteditable', 'true');
  await expect(summary).toHaveText('');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Reports' }).click();
  await page
    .getByRole('menu', { name: 'Reports' })
    .getByRole('menuitem', { name: /^Second report/u })
    .click();
  await expect(
    page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true }),
  ).toHaveText('Written in the second report');
});

test('reports are renamed and deleted through dialogs that explain a wrong value', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('Keep me');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'New report' }).click();
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill('Scratch');
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('menuitem', { name: 'Rename Keep me' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Keep me' });
  const newTitle = rename.getByRole('textbox', { name: 'New title' });
  await expect(newTitle).toHaveValue('Keep me');
  await newTitle.fill('   ');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toHaveText('Give the report a title.');
  await expect(newTitle).toHaveAttribute('aria-invalid', 'true');
  await newTitle.fill('Kept report');
  await page.keyboard.press('Enter');
  await expect(rename).toHaveCount(0);

  await page.getByRole('button', { name: 'Reports' }).click();
  const menu = page.getByRole('menu', { name: 'Reports' });
  await expect(menu.getByRole('menuitem', { name: /^Kept report/u })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Delete Kept report' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Kept report?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(menu.getByRole('menuitem', { name: /^Kept report/u })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Delete Kept report' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Reports' }).click();
  await expect(menu.getByRole('menuitem', { name: /^Scratch/u })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Kept report/u })).toHaveCount(0);
});

test('a link is added through a dialog that refuses unsafe addresses', async ({ page }) => {
  await openApp(page);
  await openSection(page, 'Abstract');
  await typeInRichText(page, 'Summary', 'See ');
  await page
    .getByRole('toolbar', { name: 'Summary formatting' })
    .getByRole('button', { name: 'Link' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  const address = dialog.getByRole('textbox', { name: 'Link address' });
  await address.fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Use a full address that starts with https://, http:// or mailto:',
  );
  await address.fill('https://example.org/paper');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  const summary = page.getByRole('main').getByRole('textbox', { name: 'Summary', exact: true });
  await expect(summary.locator('a')).toHaveAttribute('href', 'https://example.org/paper');
  await expect(summary).toHaveText('See https://example.org/paper');
});
