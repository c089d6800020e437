import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openSection, test, typeInRichText } from './appTest';
import { exportAs } from './exportFiles';
import { typeLikeAPerson } from './slowMachine';

const runtimeQuestion = 'The average runtime for each result, or estimated energy cost, is given.';
const computeQuestion =
  '8. Compute resources: the type of compute workers, memory and time of execution are given for each experiment.';

function checklistItem(page: Page, question: string): Locator {
  return page.getByRole('main').getByRole('listitem').filter({ hasText: question });
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await typeLikeAPerson(page, text);
  await expect(field).toHaveValue(text);
}

async function exportedMarkdown(page: Page): Promise<string> {
  return (await exportAs(page, 'Markdown (.md)')).bytes.toString('utf8');
}

test('prose about hours and GB is only Partly; the measured cost of a model makes it Yes, named and linked, in the app and the Markdown', async ({
  page,
}) => {
  await openApp(page);
  const main = page.getByRole('main');
  await openSection(page, 'Results and analysis');
  await typeInRichText(page, 'Analysis', 'Training took 18 hours on 48 GB.');

  await openSection(page, 'Appendix and references');
  const runtime = checklistItem(page, runtimeQuestion);
  await expect(runtime).toContainText(
    'Derived from the report: Partly — check the text. Models and approach › Models: Results and analysis › Analysis mentions "18 hours", but no model gives Training time (hours) or GPU-hours.',
  );
  for (const answer of ['Yes', 'No', 'N/A'])
    await expect(runtime.getByRole('radio', { name: answer, exact: true })).not.toBeChecked();
  expect(await exportedMarkdown(page)).toContain(
    `| ${runtimeQuestion} | Partly — check the text | Derived | Models and approach: Results and analysis › Analysis mentions "18 hours", but no model gives Training time (hours) or GPU-hours. |`,
  );

  // The pointer goes where the run time belongs: no model yet, so to Add model.
  await runtime.getByRole('button', { name: 'Go to Models and approach › Models' }).click();
  const addModel = main.getByRole('button', { name: 'Add model' });
  await expect(addModel).toBeFocused();
  await addModel.click();
  const model = main.getByRole('region', { name: 'Model 1', exact: true });
  await typeInto(page, model.getByLabel('Training time (hours)', { exact: true }), '18');
  await typeInto(page, model.getByLabel('Peak GPU memory (GB)', { exact: true }), '48');

  await openSection(page, 'Experimental setup');
  await typeInto(page, main.getByLabel('GPU type', { exact: true }), 'NVIDIA L40S');
  await typeInto(page, main.getByLabel('GPU count', { exact: true }), '1');

  await openSection(page, 'Appendix and references');
  await expect(runtime).toContainText(
    'Derived from the report: Yes. Models and approach › Model 1 › Measured cost › Training time (hours): Training time (hours) of Model 1.',
  );
  await expect(runtime.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  const compute = checklistItem(page, computeQuestion);
  await expect(compute).toContainText(
    'Derived from the report: Yes. Models and approach › Model 1 › Measured cost › Peak GPU memory (GB): Training time (hours) and Peak GPU memory (GB) of Model 1; GPU type and GPU count: 1 × NVIDIA L40S per run (Experimental setup).',
  );

  const markdown = await exportedMarkdown(page);
  expect(markdown).toContain(
    `| ${runtimeQuestion} | Yes | Derived | Models and approach: Training time (hours) of Model 1. |`,
  );
  expect(markdown).toContain(
    `| ${computeQuestion} | Yes | Derived | Models and approach: Training time (hours) and Peak GPU memory (GB) of Model 1; GPU type and GPU count: 1 × NVIDIA L40S per run (Experimental setup). |`,
  );

  // The link of a Yes goes to the field that backs it.
  await compute
    .getByRole('button', {
      name: 'Go to Models and approach › Model 1 › Measured cost › Peak GPU memory (GB)',
    })
    .click();
  await expect(model.getByLabel('Peak GPU memory (GB)', { exact: true })).toBeFocused();
  await expect(model.getByLabel('Peak GPU memory (GB)', { exact: true })).toHaveValue('48');
});
