import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { addCommentThread } from '@/model/comments/addCommentThread';
import { fieldBookmarkName } from '@/model/comments/fieldBookmarkName';
import { createExampleReport } from '@/model/createExampleReport';
import { applyDocxReview } from '@/import/docxReview/applyDocxReview';
import { readDocxReview } from '@/import/docxReview/readDocxReview';
import { exportDocx } from '../../../support/reviewedDocx';

const directory = mkdtempSync(join(tmpdir(), 'libreoffice-review-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const script = fileURLToPath(new URL('../../../support/reviewInLibreOffice.py', import.meta.url));

// No skip when LibreOffice is missing: .ci/run installs it, and a missing soffice fails here.
describe('a Word file reviewed in LibreOffice, imported back', () => {
  it('finds the annotation and the tracked insertion on the field they were made in', async () => {
    const report = addCommentThread(createExampleReport(), {
      id: 't1',
      anchor: { path: 'abstract.summary' },
      author: 'Ada Lovelace',
      createdAt: '2026-12-04T07:40:00.000Z',
      body: 'Say which metric.',
    });
    const exported = join(directory, 'exported.docx');
    const reviewed = join(directory, 'reviewed.docx');
    writeFileSync(exported, await exportDocx(report, true));
    const result = spawnSync(
      '/usr/bin/python3',
      [
        script,
        exported,
        reviewed,
        join(directory, 'profile'),
        fieldBookmarkName('titlePage.organization'),
        'Northwind Bank',
        ' plc',
        'Which legal entity?',
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0)
      throw new Error(
        `LibreOffice review failed (${String(result.error ?? result.status)}): ${result.stderr}`,
      );

    const review = readDocxReview(new Uint8Array(readFileSync(reviewed)), report);
    if (!review.ok) throw new Error(`${review.message} ${review.details.join(' ')}`);
    expect(review.fromApp).toBe(true);
    const threads = review.threads.map((thread) => [
      thread.anchor.path,
      thread.author,
      thread.body,
    ]);
    expect(threads).toContainEqual([
      'titlePage.organization',
      'LibreOffice Reviewer',
      'Which legal entity?',
    ]);
    expect(threads).toContainEqual(['abstract.summary', 'Ada Lovelace', 'Say which metric.']);
    expect(review.suggestions).toEqual([
      {
        path: 'titlePage.organization',
        sectionId: 'titlePage',
        before: 'Northwind Bank, Applied ML',
        after: 'Northwind Bank plc, Applied ML',
      },
    ]);
    const applied = applyDocxReview(report, review, new Set([0]), () => 'imported');
    expect(applied.report.titlePage.organization).toBe('Northwind Bank plc, Applied ML');
  }, 240_000);
});
