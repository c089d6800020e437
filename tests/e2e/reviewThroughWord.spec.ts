import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openApp, openSection, test } from './appTest';
import { emulateSlowMachine } from './slowMachine';
import { chooseReviewedDocx } from '../support/chooseReviewedDocx';
import { addComments, readParts, trackReplacement } from '../support/reviewedDocx';

/**
 * The review loop from a blank report, through visible names only, typed key by key on a slow
 * machine: a comment on a field, Word with comments, the reviewer's comment and tracked change
 * (written into the file as Word writes them), Import review, Accept, and the values read back.
 */
test('a comment goes out in Word and a reviewed Word file comes back', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Title page');
  const main = page.getByRole('main');
  const organization = main.getByRole('textbox', { name: 'Organization', exact: true });
  await organization.click();
  await page.keyboard.type('Northwind Bank');

  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const commentDialog = page.getByRole('dialog', { name: 'Comment on Title page › Organization' });
  await commentDialog.getByLabel('Your name').click();
  await page.keyboard.type('Ada Lovelace');
  await commentDialog.getByLabel('Comment', { exact: true }).click();
  await page.keyboard.type('Which legal entity?');
  await commentDialog.getByRole('button', { name: 'Add comment' }).click();
  await expect(commentDialog).toBeHidden();

  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Comments' });
  await expect(panel.getByRole('region', { name: 'Title page' })).toContainText(
    'Which legal entity?',
  );
  await expect(panel).toContainText('Ada Lovelace');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Word with comments (.docx)' }).click();
  const download = await downloadPromise;
  const exported = await readFile(await download.path());
  const comments = strFromU8(
    unzipSync(new Uint8Array(exported))['word/comments.xml'] ?? new Uint8Array(),
  );
  expect(comments).toContain('Which legal entity?');
  expect(comments).toContain('w:author="Ada Lovelace"');

  const parts = readParts(new Uint8Array(exported));
  trackReplacement(parts, 'titlePage.organization', 'Northwind Bank', 'Northwind Bank plc');
  addComments(parts, [
    {
      comment: {
        id: 90,
        author: 'Grace Reviewer',
        date: '2026-12-04T09:00:00Z',
        textXml: 'Use the full name.',
      },
      path: 'titlePage.organization',
    },
  ]);
  await chooseReviewedDocx(page, parts);
  const reviewDialog = page.getByRole('dialog', { name: 'Import review: reviewed.docx' });
  await expect(reviewDialog.getByRole('list', { name: 'Comments in the file' })).toContainText(
    'Use the full name.',
  );
  const change = reviewDialog.getByRole('group', { name: 'Change to Title page › Organization' });
  await change.getByRole('button', { name: 'Accept' }).click();
  await expect(change.getByRole('button', { name: 'Accept' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await reviewDialog.getByRole('button', { name: 'Apply review' }).click();
  await expect(reviewDialog).toBeHidden();

  await expect(organization).toHaveValue('Northwind Bank plc');
  const titlePageThreads = panel.getByRole('region', { name: 'Title page' });
  await expect(titlePageThreads).toContainText('Use the full name.');
  await expect(titlePageThreads).toContainText('Grace Reviewer');
  // The thread exported with the report came back as itself, not as a second copy.
  await expect(titlePageThreads.getByText('Which legal entity?')).toHaveCount(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(organization).toHaveValue('Northwind Bank');
  await expect(titlePageThreads).not.toContainText('Use the full name.');
});

/** A reviewer's tracked change to a number comes back as a suggestion, read in the field's way. */
test('a reviewer’s change to a number in Word is accepted into the field', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await emulateSlowMachine(context, page);
  await openApp(page);
  await openSection(page, 'Models and approach');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Add model' }).click();
  const learningRate = main.getByRole('textbox', { name: 'Learning rate', exact: true });
  await learningRate.click();
  await page.keyboard.type('2e-4', { delay: 60 });
  await learningRate.blur();
  const controlId = (await learningRate.getAttribute('id')) ?? '';
  const path = controlId.slice('field-'.length).replaceAll('__', '.').replaceAll('--', '#');
  expect(path).toMatch(/^models\.models#.+\.hyperparameters\.learningRate$/u);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Word (.docx)' }).click();
  const parts = readParts(new Uint8Array(await readFile(await (await downloadPromise).path())));
  trackReplacement(parts, path, '2e-4', '1e-4');

  await chooseReviewedDocx(page, parts);
  const reviewDialog = page.getByRole('dialog', { name: 'Import review: reviewed.docx' });
  const suggestion = reviewDialog
    .getByRole('listitem')
    .filter({ hasText: 'Models and approach › Model 1 › Hyperparameters › Learning rate' });
  await expect(suggestion.locator('del')).toHaveText('2e-4');
  await expect(suggestion.locator('ins')).toHaveText('1e-4');
  const change = suggestion.getByRole('group', {
    name: 'Change to Models and approach › Model 1 › Hyperparameters › Learning rate',
  });
  await change.getByRole('button', { name: 'Accept' }).click();
  await reviewDialog.getByRole('button', { name: 'Apply review' }).click();
  await expect(reviewDialog).toBeHidden();
  await expect(learningRate).toHaveValue('1e-4');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(learningRate).toHaveValue('2e-4');
});
