import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test } from './appTest';
import { emulateSlowMachine, typeInto, typeLikeAPerson } from './slowMachine';
import { exportAs, importDraft } from './exportFiles';

async function addMetric(page: Page, name: string): Promise<void> {
  await openSection(page, 'Problem definition');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add metric' }).click();
  await typeInto(page, main.getByLabel('Metric name', { exact: true }).last(), name);
  await main.getByLabel('Primary metric', { exact: true }).last().check();
}

async function addModel(
  page: Page,
  fields: { name: string; learningRate?: string; parameterCount?: string },
): Promise<void> {
  await openSection(page, 'Models and approach');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add model' }).click();
  await typeInto(page, main.getByLabel('Model name', { exact: true }).last(), fields.name);
  if (fields.learningRate !== undefined)
    await typeInto(
      page,
      main.getByLabel('Learning rate', { exact: true }).last(),
      fields.learningRate,
    );
  if (fields.parameterCount !== undefined)
    await typeInto(
      page,
      main.getByLabel('Parameter count', { exact: true }).last(),
      fields.parameterCount,
    );
}

function metricTable(page: Page): Locator {
  return page.getByRole('main').getByRole('table', { name: 'Metric table' });
}

async function typeInCell(page: Page, label: string, text: string): Promise<void> {
  const cell = metricTable(page).getByLabel(label, { exact: true });
  await cell.click();
  await page.keyboard.press('ControlOrMeta+A');
  await typeLikeAPerson(page, text);
  // Leaving the cell commits what was typed, as a person moving on does.
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue(text);
}

function summaryRow(scope: Locator, modelName: string): Locator {
  return scope
    .getByRole('table', { name: /Summary of (the fine-tuned )?models/u })
    .getByRole('row')
    .filter({ hasText: modelName });
}

/** The SVG text of a figure's image in the page (drawn as a data URI). */
async function figureSvg(figure: Locator): Promise<string> {
  const source = (await figure.getByRole('img').getAttribute('src')) ?? '';
  return decodeURIComponent(source.replace(/^data:image\/svg\+xml;charset=utf-8,/u, ''));
}

/** The SVG documents a Markdown export embeds, in figure order. */
function markdownFigureSvgs(markdown: string): string[] {
  return [...markdown.matchAll(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/gu)].map((match) =>
    Buffer.from(match[1] ?? '', 'base64').toString('utf8'),
  );
}

test('numbers typed as 0.0002, 87.0 and 0.0 are shown and exported as typed, and survive a JSON import', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await addMetric(page, 'Vicuna score');
  await addModel(page, { name: 'Guanaco-7B', learningRate: '0.0002' });
  const main = page.getByRole('main');
  await expect(main.getByLabel('Learning rate', { exact: true })).toHaveValue('0.0002');
  await expect(summaryRow(main, 'Guanaco-7B').getByRole('cell')).toHaveText([
    'Guanaco-7B',
    'LoRA',
    '',
    '',
    '0.0002',
  ]);

  await openSection(page, 'Results and analysis');
  await expect(metricTable(page)).toBeVisible();
  await typeInCell(page, 'Vicuna score (validation) for Guanaco-7B', '87.0');
  await typeInCell(page, 'Vicuna score (test) for Guanaco-7B', '0.0');

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await expect(summaryRow(preview, 'Guanaco-7B').getByRole('cell').last()).toHaveText('0.0002');
  const previewResults = preview.getByRole('table', {
    name: /Results per model, metric and split/u,
  });
  await expect(previewResults.getByRole('row').filter({ hasText: 'Guanaco-7B' })).toHaveText(
    /Guanaco-7B\s*87\.0\s*0\.0$/u,
  );

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  expect(markdown).toMatch(/\| Guanaco-7B \|[^\n]*\| 0\.0002 \|/u);
  expect(markdown).toMatch(/\| Guanaco-7B \| 87\.0 \| 0\.0 \|/u);
  expect(markdown).toMatch(/Learning rate:?\**:? 0\.0002/u);

  const word = await exportAs(page, 'Word (.docx)');
  const documentXml = strFromU8(
    unzipSync(new Uint8Array(word.bytes))['word/document.xml'] ?? new Uint8Array(),
  );
  const wordTexts = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map(
    (match) => match[1],
  );
  expect(wordTexts).toContain('0.0002');
  expect(wordTexts).toContain('87.0');
  expect(wordTexts).toContain('0.0');
  expect(wordTexts).not.toContain('2e-4');
  expect(wordTexts).not.toContain('87');

  const json = await exportAs(page, 'JSON (.json)');
  const exported = JSON.parse(json.bytes.toString('utf8')) as {
    report: {
      models: { models: { hyperparameters: { learningRate: number } }[] };
      typedNumbers: Record<string, string>;
    };
  };
  expect(exported.report.models.models[0]?.hyperparameters.learningRate).toBe(0.0002);
  expect(Object.values(exported.report.typedNumbers).sort()).toEqual(['0.0', '0.0002', '87.0']);

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await openApp(freshPage);
  await importDraft(freshPage, json.name, json.bytes);
  await openSection(freshPage, 'Models and approach');
  const freshMain = freshPage.getByRole('main');
  await expect(freshMain.getByLabel('Learning rate', { exact: true })).toHaveValue('0.0002');
  await expect(summaryRow(freshMain, 'Guanaco-7B').getByRole('cell').last()).toHaveText('0.0002');
  await openSection(freshPage, 'Results and analysis');
  await expect(
    metricTable(freshPage).getByLabel('Vicuna score (validation) for Guanaco-7B', { exact: true }),
  ).toHaveValue('87.0');
  await expect(
    metricTable(freshPage).getByLabel('Vicuna score (test) for Guanaco-7B', { exact: true }),
  ).toHaveValue('0.0');
  await fresh.close();
});

test('a derived figure follows later edits to the metric table and the models, in the page and in Markdown', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await addMetric(page, 'Vicuna score');
  // No trainable parameters are given: the size plot uses the parameter count and says so.
  await addModel(page, { name: 'Guanaco-7B', parameterCount: '7B' });
  await addModel(page, { name: 'Guanaco-13B', parameterCount: '13B' });
  await openSection(page, 'Results and analysis');
  await expect(metricTable(page)).toBeVisible();
  await typeInCell(page, 'Vicuna score (test) for Guanaco-7B', '87.0');
  await typeInCell(page, 'Vicuna score (test) for Guanaco-13B', '90.5');

  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add size vs performance plot' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'Added figure 1' })).toBeVisible();
  const sizeFigure = main.getByRole('figure', {
    name: /^Figure 1: Parameters versus test Vicuna score/u,
  });
  await expect(sizeFigure).toBeVisible();
  await main.getByRole('button', { name: 'Add metric bar plot' }).click();
  const barFigure = main.getByRole('figure', { name: /^Figure 2: Test Vicuna score by model/u });
  await expect(
    barFigure.getByRole('img', { name: /Guanaco-7B 87\.0; Guanaco-13B 90\.5/u }),
  ).toBeVisible();
  expect(await figureSvg(barFigure)).toContain('>87.0</text>');
  expect(await figureSvg(sizeFigure)).toContain('Parameters (B)');

  // Later edits to the table and the models reach both figures without re-adding them.
  await typeInCell(page, 'Vicuna score (test) for Guanaco-7B', '88.25');
  await expect(
    barFigure.getByRole('img', { name: /Guanaco-7B 88\.25; Guanaco-13B 90\.5/u }),
  ).toBeVisible();
  await expect(sizeFigure.getByRole('img', { name: /Guanaco-7B \(7, 88\.25\)/u })).toBeVisible();
  await openSection(page, 'Models and approach');
  const secondParameters = main.getByLabel('Parameter count', { exact: true }).last();
  await secondParameters.click();
  await page.keyboard.press('ControlOrMeta+A');
  await typeLikeAPerson(page, '33B');
  await openSection(page, 'Results and analysis');
  await expect(sizeFigure.getByRole('img', { name: /Guanaco-13B \(33, 90\.5\)/u })).toBeVisible();
  expect(await figureSvg(barFigure)).toContain('>88.25</text>');

  const markdown = (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
  const [sizeSvg = '', barSvg = ''] = markdownFigureSvgs(markdown);
  expect(barSvg).toContain('>88.25</text>');
  expect(barSvg).toContain('>90.5</text>');
  expect(barSvg).not.toContain('>87.0</text>');
  expect(sizeSvg).toContain('Parameters (B)');
  expect(markdown).toContain('Guanaco-13B (33, 90.5)');
  expect(markdown).toContain('Guanaco-7B 88.25; Guanaco-13B 90.5');
});
