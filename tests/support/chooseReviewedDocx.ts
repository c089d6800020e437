import type { Page } from '@playwright/test';
import { writeParts, type DocxParts } from './reviewedDocx';

/** Gives the reviewed file to Import review (.docx) as `reviewed.docx`, as a person picks it. */
export async function chooseReviewedDocx(page: Page, parts: DocxParts): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import review (.docx)' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({
    name: 'reviewed.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(writeParts(parts)),
  });
}
