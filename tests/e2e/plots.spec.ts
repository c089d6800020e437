import { writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';
import { exportAs } from './exportFiles';
import { emulateSlowMachine, typeInto } from './slowMachine';

const exampleFigures = [
  { caption: 'Figure 1: Training and validation loss', alt: /^Loss curves of / },
  { caption: 'Figure 2: Trainable parameters versus test accuracy', alt: /^Scatter plot of / },
  { caption: 'Figure 3: Test accuracy by model', alt: /^Bar chart of / },
] as const;

// A spreadsheet export in a decimal-comma locale: a byte order mark, semicolons, quoted fields
// (one holding the delimiter), an empty cell and a short last line.
const spreadsheetCsv = [
  '\uFEFF"Epoch";"train loss";"eval; loss";"Accuracy"',
  '1;"2,31";2,40;0,71',
  '2;1,87;;0,80',
  '3;1,52;1,61;0,84',
  '4;1,30;1,44',
].join('\r\n');

async function openExampleResults(page: Page): Promise<Locator> {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Results and analysis');
  return page.getByRole('main');
}

/** A blank report's Results section on a slow machine, and the CSV dialog's locator. */
async function openBlankResultsOnSlowMachine(
  context: BrowserContext,
  page: Page,
): Promise<{ main: Locator; dialog: Locator }> {
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Results and analysis');
  return {
    main: page.getByRole('main'),
    dialog: page.getByRole('dialog', { name: 'Add plot from CSV' }),
  };
}

function figure(main: Locator, caption: string | RegExp): Locator {
  return main.getByRole('figure', { name: caption });
}

/** The width and height a PNG's header declares. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('the example shows its plots as numbered figures and marks the best results', async ({
  page,
}) => {
  const main = await openExampleResults(page);

  for (const { caption, alt } of exampleFigures) {
    const shown = figure(main, caption);
    await expect(shown).toBeVisible();
    const image = shown.getByRole('img', { name: alt });
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/u);
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(720);
  }

  const table = main.getByRole('table', { name: 'Metric table' });
  await expect(table).toBeVisible();
  // Model D is best on every metric and split of the example, eval loss (lower is better) included.
  await expect(table.getByText(/^best .+ on (validation|test) among the models$/u)).toHaveCount(6);
  await expect(
    table.getByLabel('Eval loss (validation) for Model D', { exact: true }),
  ).toHaveAccessibleDescription(/best Eval loss on validation among the models.*mean of 3 runs/u);
  await expect(
    table.getByLabel('Accuracy (test) for Model A', { exact: true }),
  ).toHaveAccessibleDescription('mean of 3 runs');

  await table.getByLabel('Accuracy (test) for Model A', { exact: true }).fill('95.1');
  await expect(
    table.getByLabel('Accuracy (test) for Model A', { exact: true }),
  ).toHaveAccessibleDescription(/^best Accuracy on test among the models/u);
  await expect(
    table.getByLabel('Accuracy (test) for Model D', { exact: true }),
  ).toHaveAccessibleDescription('mean of 3 runs');
  await table
    .getByLabel('Aggregation of Accuracy (test) for Model A', { exact: true })
    .selectOption('max');
  await expect(
    table.getByLabel('Accuracy (test) for Model A', { exact: true }),
  ).toHaveAccessibleDescription(/best of 3 runs$/u);

  // Renaming a model renames its row; the table is derived, never typed twice.
  await openSection(page, 'Models and approach');
  await main.getByLabel('Model name', { exact: true }).first().fill('LoRA r=16');
  await openSection(page, 'Results and analysis');
  await expect(table.getByRole('rowheader', { name: 'LoRA r=16' })).toBeVisible();
  await expect(table.getByLabel('Accuracy (test) for LoRA r=16', { exact: true })).toHaveValue(
    '95.1',
  );
});

test('a metric cell shows runs, aggregation and spread as text until it is edited', async ({
  page,
}) => {
  const main = await openExampleResults(page);
  const table = main.getByRole('table', { name: 'Metric table' });
  const value = table.getByLabel('Accuracy (test) for Model A', { exact: true });
  const cell = table
    .getByRole('cell')
    .filter({ has: page.getByLabel('Accuracy (test) for Model A', { exact: true }) });
  const runs = table.getByLabel('Runs behind Accuracy (test) for Model A', { exact: true });
  await expect(cell).toContainText('n 3 · mean · std');
  await expect(runs).toHaveCount(0);
  const collapsed = await cell.boundingBox();

  // Tab walks value, spread, runs, aggregation and spread kind, then the next cell's value.
  await value.focus();
  await expect(runs).toBeVisible();
  expect(await cell.boundingBox()).toEqual(collapsed);
  await page.keyboard.press('Tab');
  await expect(table.getByLabel('± Accuracy (test) for Model A', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(runs).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(
    table.getByLabel('Aggregation of Accuracy (test) for Model A', { exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    table.getByLabel('Spread of Accuracy (test) for Model A', { exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(table.getByLabel('Macro-F1 (test) for Model A', { exact: true })).toBeFocused();
  await expect(runs).toHaveCount(0);
  await expect(cell).toContainText('n 5 · mean · std');
  await expect(value).toHaveAccessibleDescription('mean of 5 runs');

  // A click on the text opens the controls with runs focused.
  await cell.getByText('n 5 · mean · std').click();
  await expect(runs).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-2');
  await value.focus();
  await main.getByRole('heading', { level: 1 }).click();
  // A flagged runs value keeps its controls and message in view after the cell is left.
  await expect(runs).toBeVisible();
  await expect(runs).toHaveAttribute('aria-invalid', 'true');
  await expect(runs).toHaveAccessibleDescription(/./u);
});

test('a value typed into a cell is taken in by Undo and Export without a pause', async ({
  page,
}) => {
  const main = await openExampleResults(page);
  const table = main.getByRole('table', { name: 'Metric table' });
  const cell = table.getByLabel('Accuracy (test) for Model B', { exact: true });
  await cell.fill('91.25');
  // No pause: the text is still only in the cell when Export and Undo ask for it.
  const exported = await exportAs(page, 'JSON (.json)');
  expect(exported.bytes.toString('utf8')).toContain('"value": 91.25');
  // Another cell, so this edit is an undo step of its own however fast the export was.
  const other = table.getByLabel('Accuracy (test) for Model C', { exact: true });
  await expect(other).toHaveValue('92.6');
  await other.fill('90.5');
  await page.keyboard.press('Control+z');
  await expect(other).toHaveValue('92.6');
  await expect(cell).toHaveValue('91.25');
  await page.keyboard.press('Control+Shift+z');
  await expect(other).toHaveValue('90.5');
});

test('values of a removed metric can be removed from the metric table, and Undo brings them back', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await openSection(page, 'Problem definition');
  await page
    .getByRole('main')
    .getByRole('button', { name: 'Remove Macro-F1', exact: true })
    .click();
  await openSection(page, 'Results and analysis');
  const main = page.getByRole('main');
  const notice = main.getByRole('note');
  await expect(notice).toContainText(
    '8 values in the metric table belong to models or metrics that are no longer defined.',
  );
  await expect(main.getByRole('columnheader', { name: /Macro-F1/u })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Remove values of removed models and metrics' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(main.getByRole('note')).toContainText('8 values in the metric table');
});

test('a figure is edited, reordered, removed and derived from the metric table', async ({
  page,
}) => {
  const main = await openExampleResults(page);
  const settings = main.getByRole('group', { name: 'Figure 1 settings' });
  await expect(settings.getByLabel('Plot kind', { exact: true }).locator('option')).toHaveText([
    'Loss curve',
    'Metric curve',
    'Model size versus performance',
    'Bar chart by model',
  ]);
  await settings.getByLabel('Figure title', { exact: true }).fill('Loss per epoch');
  await settings.getByLabel('Caption', { exact: true }).fill('Seed 42.');
  await settings.getByLabel('Y unit', { exact: true }).fill('bits');
  await settings.getByLabel('Log scale', { exact: true }).check();
  const first = figure(main, 'Figure 1: Loss per epoch Seed 42.');
  await expect(
    first.getByRole('img', { name: /Cross-entropy loss \(bits\) against Epoch, log scale/u }),
  ).toBeVisible();

  await main.getByRole('button', { name: 'Move figure 2 up' }).click();
  await expect(figure(main, /^Figure 1: Trainable parameters versus test accuracy/u)).toBeVisible();
  await expect(figure(main, /^Figure 2: Loss per epoch/u)).toBeVisible();

  await main.getByRole('button', { name: 'Remove figure 3' }).click();
  await expect(main.getByRole('figure')).toHaveCount(2);

  await main.getByRole('button', { name: 'Add size vs performance plot' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Added figure 3' })).toBeVisible();
  // A new derived figure keeps the metric's own capitals in its title.
  await expect(figure(main, /^Figure 3: Trainable parameters versus test Accuracy/u)).toBeVisible();
  await expect(
    main
      .getByRole('group', { name: 'Figure 3 settings' })
      .getByLabel('Figure title', { exact: true }),
  ).toBeFocused();

  await main.getByRole('button', { name: 'Add metric bar plot' }).click();
  await expect(
    figure(main, /^Figure 4: Test Accuracy by model/u).getByRole('img', {
      // The y axis carries the metric's unit; the bar labels do not repeat it.
      name: /^Bar chart of Test Accuracy \(%\) by model: Model A 93\.8; /u,
    }),
  ).toBeVisible();
  // A bar plot stays linear and says why; untitled, it is called by its kind.
  const barSettings = main.getByRole('group', { name: 'Figure 4 settings' });
  const barLogScale = barSettings.getByLabel('Log scale', { exact: true });
  await expect(barLogScale).toBeDisabled();
  await expect(barLogScale).toHaveAccessibleDescription(
    'Bars are compared from zero, so their axis stays linear.',
  );
  await barSettings.getByLabel('Figure title', { exact: true }).fill('');
  await expect(figure(main, 'Figure 4: Bar chart by model')).toBeVisible();
});

test('a pasted CSV is mapped column by column and becomes a plot', async ({ page }) => {
  const main = await openExampleResults(page);
  await main.getByRole('button', { name: 'Add plot from CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add plot from CSV' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Add plot' })).toBeDisabled();

  await dialog.getByLabel('CSV data', { exact: true }).fill(spreadsheetCsv);
  const columns = dialog.getByRole('table', { name: 'First rows of the table read' });
  await expect(columns.getByRole('columnheader')).toHaveText([
    'Epoch',
    'train loss',
    'eval; loss',
    'Accuracy',
  ]);
  await expect(dialog.getByText('4 columns, 4 rows, semicolon separated.')).toBeVisible();
  await expect(
    dialog
      .getByRole('listitem')
      .filter({ hasText: 'Line 5 has 3 of 4 cells; the missing ones are empty.' }),
  ).toBeVisible();

  await expect(dialog.getByLabel('X column', { exact: true })).toHaveValue('Epoch');
  await expect(dialog.getByLabel('Plot kind', { exact: true })).toHaveValue('loss-curve');
  await expect(dialog.getByLabel('Plot kind', { exact: true }).locator('option')).toHaveText([
    'Loss curve',
    'Metric curve',
  ]);
  await dialog.getByRole('checkbox', { name: 'Accuracy' }).uncheck();
  await dialog
    .getByLabel('Model for train loss', { exact: true })
    .selectOption({ label: 'Model B' });
  await expect(
    dialog.getByRole('img', {
      name: /^Loss curves of Loss against Epoch, 2 lines: train loss, eval; loss\.$/u,
    }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Add plot' }).click();

  await expect(dialog).toBeHidden();
  const added = figure(main, 'Figure 4: Loss curves');
  await expect(
    added.getByRole('img', {
      name: 'Loss curves of Loss against Epoch, 2 lines: train loss, eval; loss.',
    }),
  ).toBeVisible();
  await expect(
    main
      .getByRole('group', { name: 'Figure 4 settings' })
      .getByLabel('Figure title', { exact: true }),
  ).toBeFocused();

  // A file works the same; metric columns suggest a metric curve.
  await main.getByRole('button', { name: 'Add plot from CSV' }).click();
  await dialog.getByLabel('CSV or TSV file', { exact: true }).setInputFiles({
    name: 'eval.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from('step\teval/accuracy\n100\t0.61\n200\t0.74\n300\t0.79\n'),
  });
  await expect(dialog.getByText(/^Read eval\.tsv/u)).toBeVisible();
  await expect(dialog.getByLabel('Plot kind', { exact: true })).toHaveValue('metric-curve');
  await dialog.getByRole('button', { name: 'Add plot' }).click();
  await expect(figure(main, 'Figure 5: Accuracy curve')).toBeVisible();
});

test('Word gets a print-resolution image and a caption per figure; Markdown embeds or links each', async ({
  page,
}, testInfo) => {
  await openExampleResults(page);

  const word = await exportAs(page, 'Word (.docx)');
  await writeFile(testInfo.outputPath('example.docx'), word.bytes);
  const parts = unzipSync(new Uint8Array(word.bytes));
  const media = Object.entries(parts).filter(([path]) => path.startsWith('word/media/'));
  expect(media).toHaveLength(exampleFigures.length);
  for (const [path, bytes] of media) {
    expect(path).toMatch(/\.png$/u);
    // 1600 px across the 6.27 in text width: over 250 dpi.
    expect(pngSize(bytes)).toEqual({ width: 1600, height: 1000 });
  }
  // The figures share a canvas: each must be its own drawing, not the one before.
  expect(new Set(media.map(([, bytes]) => Buffer.from(bytes).toString('base64'))).size).toBe(
    media.length,
  );
  const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  let searchFrom = 0;
  for (const { caption } of exampleFigures) {
    const drawing = documentXml.indexOf('<w:drawing>', searchFrom);
    const captionAt = documentXml.indexOf(`>${caption}</w:t>`, searchFrom);
    expect(drawing).toBeGreaterThan(0);
    expect(captionAt).toBeGreaterThan(drawing);
    searchFrom = captionAt;
  }

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  const images = [...markdown.matchAll(/!\[([^\]]*)\]\((data:image\/svg\+xml;base64,[^)]+)\)/gu)];
  expect(images).toHaveLength(exampleFigures.length);
  images.forEach((image, index) => {
    expect(image[1]).toMatch(exampleFigures[index]?.alt ?? /^$/u);
    const svg = Buffer.from((image[2] ?? '').split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    expect(markdown.indexOf(`**${exampleFigures[index]?.caption}**`)).toBeGreaterThan(
      image.index ?? 0,
    );
  });

  const archive = await exportAs(page, 'Markdown + figures (.zip)');
  expect(archive.name).toMatch(/\.zip$/u);
  const files = unzipSync(new Uint8Array(archive.bytes));
  expect(Object.keys(files).sort()).toEqual([
    'figures/figure-1.svg',
    'figures/figure-2.svg',
    'figures/figure-3.svg',
    'report.md',
  ]);
  const report = strFromU8(files['report.md'] ?? new Uint8Array());
  for (const index of [1, 2, 3]) {
    expect(report).toContain(`](figures/figure-${index}.svg)`);
    expect(strFromU8(files[`figures/figure-${index}.svg`] ?? new Uint8Array())).toMatch(/^<svg /u);
  }
  expect(report).not.toContain('data:image');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the figures, the metric table and the CSV dialog pass axe (${colorScheme})`, async ({
    page,
  }) => {
    // Three axe passes over the largest section: 11 s on an idle machine, 39 s on a busy one.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const main = await openExampleResults(page);
    await expect(main.getByRole('img', { name: /^Scatter plot of / })).toBeVisible();
    await expect(main.getByRole('table', { name: 'Metric table' })).toBeVisible();
    const violations = async () =>
      (
        await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze()
      ).violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    await main.getByRole('button', { name: 'Add plot from CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add plot from CSV' });
    await dialog.getByLabel('CSV data', { exact: true }).fill(spreadsheetCsv);
    await expect(dialog.getByRole('img', { name: /^Loss curves of / })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
}

test('on a slow machine, plots typed into a blank report reach Word as their own drawings, and each export draws only what changed', async ({
  context,
  page,
}) => {
  test.setTimeout(240_000);
  const { main, dialog } = await openBlankResultsOnSlowMachine(context, page);
  const addPlot = async (
    csv: string,
    yColumn: string,
    kind: string,
    title: string,
    figureNumber: number,
  ): Promise<void> => {
    await main.getByRole('button', { name: 'Add plot from CSV' }).click();
    await expect(dialog).toBeVisible();
    await typeInto(page, dialog.getByLabel('CSV data', { exact: true }), csv);
    // Suggested as for a pasted CSV, though the columns were read while the header was typed.
    await expect(dialog.getByRole('checkbox', { name: yColumn, exact: true })).toBeChecked();
    await expect(
      dialog.getByLabel('Plot kind', { exact: true }).locator('option:checked'),
    ).toHaveText(kind);
    await expect(dialog.getByRole('button', { name: 'Add plot' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Add plot' }).click();
    await expect(dialog).toBeHidden();
    const titleField = main
      .getByRole('group', { name: `Figure ${figureNumber} settings` })
      .getByLabel('Figure title', { exact: true });
    await titleField.fill('');
    await typeInto(page, titleField, title);
    await expect(titleField).toHaveValue(title);
  };
  const wordFigures = async (): Promise<{ media: Uint8Array[]; documentXml: string }> => {
    const parts = unzipSync(new Uint8Array((await exportAs(page, 'Word (.docx)')).bytes));
    return {
      media: Object.entries(parts)
        .filter(([path]) => path.startsWith('word/media/'))
        .map(([, bytes]) => bytes),
      documentXml: strFromU8(parts['word/document.xml'] ?? new Uint8Array()),
    };
  };

  await addPlot(
    'step,loss\n1,2.5\n2,1.7\n3,1.2\n',
    'loss',
    'Loss curve',
    'Loss while fine-tuning',
    1,
  );
  const first = await wordFigures();
  expect(first.media).toHaveLength(1);
  expect(pngSize(first.media[0] ?? new Uint8Array())).toEqual({ width: 1600, height: 1000 });
  expect(first.documentXml).toContain('>Figure 1: Loss while fine-tuning</w:t>');

  await addPlot(
    'step,accuracy\n1,0.61\n2,0.74\n3,0.79\n',
    'accuracy',
    'Metric curve',
    'Accuracy while fine-tuning',
    2,
  );
  const second = await wordFigures();
  expect(second.media).toHaveLength(2);
  for (const png of second.media) expect(pngSize(png)).toEqual({ width: 1600, height: 1000 });
  const asText = (png: Uint8Array) => Buffer.from(png).toString('base64');
  // The first figure was drawn before and is kept; the second is its own drawing, not the first.
  expect(second.media.map(asText)).toContain(asText(first.media[0] ?? new Uint8Array()));
  expect(new Set(second.media.map(asText)).size).toBe(2);
  expect(second.documentXml).toContain('>Figure 2: Accuracy while fine-tuning</w:t>');

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain('Loss while fine-tuning');
  expect(markdown).toContain('Accuracy while fine-tuning');
});

test('typed a key at a time on a slow machine, the CSV dialog suggests what a paste gets and keeps what the person changes', async ({
  context,
  page,
}) => {
  test.setTimeout(240_000);
  const { main, dialog } = await openBlankResultsOnSlowMachine(context, page);
  await main.getByRole('button', { name: 'Add plot from CSV' }).click();
  await expect(dialog).toBeVisible();
  const csvData = dialog.getByLabel('CSV data', { exact: true });
  const plotKind = dialog.getByLabel('Plot kind', { exact: true });
  const loss = dialog.getByRole('checkbox', { name: 'loss', exact: true });
  const accuracy = dialog.getByRole('checkbox', { name: 'accuracy', exact: true });

  await typeInto(page, csvData, 'step,loss,accuracy\n1,2.5,0.61\n');
  await expect(dialog.getByText('3 columns, 1 row, comma separated.')).toBeVisible();
  await expect(dialog.getByLabel('X column', { exact: true })).toHaveValue('step');
  await expect(loss).toBeChecked();
  await expect(accuracy).toBeChecked();
  await expect(plotKind).toHaveValue('loss-curve');
  await expect(dialog.getByText('Choose at least one y column.')).toBeHidden();

  await accuracy.uncheck();
  await plotKind.selectOption({ label: 'Metric curve' });
  await typeInto(page, csvData, '2,1.7,0.74\n3,1.2,0.79\n');
  await expect(dialog.getByText('3 columns, 3 rows, comma separated.')).toBeVisible();
  await expect(loss).toBeChecked();
  await expect(accuracy).not.toBeChecked();
  await expect(plotKind).toHaveValue('metric-curve');
  await dialog.getByRole('button', { name: 'Add plot' }).click();
  await expect(dialog).toBeHidden();
  await expect(figure(main, /^Figure 1: /u)).toBeVisible();

  const json = JSON.parse((await exportAs(page, 'JSON (.json)')).bytes.toString('utf8')) as {
    report: {
      results: {
        plots: { kind: string; series: { label: string; points: [number, number | null][] }[] }[];
      };
    };
  };
  const plots = json.report.results.plots;
  expect(plots.map((plot) => plot.kind)).toEqual(['metric-curve']);
  expect(
    plots[0]?.series.map((series) => ({ label: series.label, points: series.points })),
  ).toEqual([
    {
      label: 'loss',
      points: [
        [1, 2.5],
        [2, 1.7],
        [3, 1.2],
      ],
    },
  ]);
  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toContain(
    '![Line chart of Loss against Step, one line: loss.](data:image/svg+xml;',
  );
  expect(markdown).toContain('**Figure 1: Loss curve**');
  const documentXml = strFromU8(
    unzipSync(new Uint8Array((await exportAs(page, 'Word (.docx)')).bytes))['word/document.xml'] ??
      new Uint8Array(),
  );
  expect(documentXml).toContain('>Figure 1: Loss curve</w:t>');
});
