import { describe, expect, it } from 'vitest';
import { addCommentThread } from '@/model/comments/addCommentThread';
import { replyToCommentThread } from '@/model/comments/replyToCommentThread';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { richTextToPlainText } from '@/model/richText';
import type { Report } from '@/model/reportSchema';
import { applyDocxReview } from '@/import/docxReview/applyDocxReview';
import type { DocxReview } from '@/import/docxReview/docxReview';
import { readDocxReview } from '@/import/docxReview/readDocxReview';
import {
  addComments,
  exportDocx,
  readParts,
  trackReplacement,
  writeParts,
} from '../../../support/reviewedDocx';

const createdAt = '2026-12-04T07:40:00.000Z';

function reviewOf(bytes: Uint8Array, report: Report): DocxReview {
  const review = readDocxReview(bytes, report);
  if (!review.ok) throw new Error(`${review.message} ${review.details.join(' ')}`);
  return review;
}

function commented(report: Report): Report {
  let next = addCommentThread(report, {
    id: 't1',
    anchor: { path: 'titlePage.organization' },
    author: 'Ada Lovelace',
    createdAt,
    body: 'Full legal name?\nSee the style guide.',
  });
  next = replyToCommentThread(next, 't1', {
    id: 'r1',
    author: 'Grace Hopper',
    createdAt: '2026-12-04T07:45:00.000Z',
    body: 'Kept short on purpose.',
  });
  next = addCommentThread(next, {
    id: 't2',
    anchor: { path: 'abstract.summary' },
    author: 'Ada Lovelace',
    createdAt,
    body: 'Say which metric.',
  });
  next = addCommentThread(next, {
    id: 't3',
    anchor: { path: 'setup' },
    author: 'Alan Turing',
    createdAt,
    body: 'Whole section: add the CUDA version.',
  });
  return next;
}

describe('Word export with comments, then import review', () => {
  it('gives back the same threads: app → DOCX → import', async () => {
    const report = commented(createExampleReport());
    const review = reviewOf(await exportDocx(report, true), report);
    expect(review.fromApp).toBe(true);
    expect(review.suggestions).toEqual([]);
    const withoutIds = (threads: Report['comments']) =>
      threads.map(({ id: _id, replies, ...thread }) => ({
        ...thread,
        replies: replies.map(({ id: _replyId, ...reply }) => reply),
      }));
    const applied = applyDocxReview(createExampleReport(), review, new Set(), () => 'x');
    expect(withoutIds(applied.report.comments)).toEqual(withoutIds(report.comments));
  });

  it('does not add again the threads the file carries from the report itself', async () => {
    const report = commented(createExampleReport());
    const review = reviewOf(await exportDocx(report, true), report);
    const applied = applyDocxReview(report, review, new Set(), () => 'x');
    expect(applied.addedThreads).toBe(0);
    expect(applied.report.comments).toEqual(report.comments);
  });

  it('leaves comments out of the DOCX unless asked, and marks every field anyway', async () => {
    const report = commented(createExampleReport());
    const parts = readParts(await exportDocx(report, false));
    expect(parts.has('word/comments.xml')).toBe(false);
    expect(parts.get('word/document.xml')).toMatch(/<w:bookmarkStart w:name="f_[0-9a-f]{14}"/u);
    expect(reviewOf(writeParts(parts), report).threads).toEqual([]);
  });

  it('finds comments written into the XML on their fields, and outside fields on their section', async () => {
    const report = createExampleReport();
    const parts = readParts(await exportDocx(report, false));
    const afterSetupHeading = (documentXml: string) =>
      documentXml.indexOf('</w:p>', documentXml.indexOf('w:name="s_setup"')) + '</w:p>'.length;
    addComments(parts, [
      {
        comment: {
          id: 0,
          author: 'Reviewer',
          date: '2026-12-04T08:00:00Z',
          textXml: 'Which bank?',
        },
        path: 'titlePage.organization',
      },
      {
        comment: { id: 1, author: 'Reviewer', date: '2026-12-04T08:01:00Z', textXml: 'Too long.' },
        path: 'abstract.summary',
      },
      {
        comment: {
          id: 2,
          author: 'Reviewer',
          date: '2026-12-04T08:02:00Z',
          textXml: 'Between fields.',
        },
        at: afterSetupHeading,
      },
    ]);
    const review = reviewOf(writeParts(parts), report);
    expect(
      review.threads.map((thread) => [thread.anchor.path, thread.body, thread.onField]),
    ).toEqual([
      ['titlePage.organization', 'Which bank?', true],
      ['abstract.summary', 'Too long.', true],
      ['setup', 'Between fields.', false],
    ]);
    expect(review.threads[0]?.createdAt).toBe('2026-12-04T08:00:00.000Z');
  });

  it('turns tracked changes inside fields into suggestions that apply in place', async () => {
    const report = createExampleReport();
    const parts = readParts(await exportDocx(report, false));
    trackReplacement(parts, 'titlePage.organization', 'Northwind Bank', 'Northwind Bank plc');
    trackReplacement(parts, 'abstract.summary', 'four fine-tuning strategies', 'four strategies');
    const review = reviewOf(writeParts(parts), report);
    expect(review.suggestions.map((suggestion) => suggestion.path)).toEqual([
      'titlePage.organization',
      'abstract.summary',
    ]);
    expect(review.suggestions[0]).toMatchObject({
      before: 'Northwind Bank, Applied ML',
      after: 'Northwind Bank plc, Applied ML',
    });
    const applied = applyDocxReview(report, review, new Set([0, 1]), () => 'x');
    expect(applied.notApplied).toEqual([]);
    expect(applied.report.titlePage.organization).toBe('Northwind Bank plc, Applied ML');
    const summary = richTextToPlainText(applied.report.abstract.summary);
    expect(summary).toContain('We compare four strategies for routing');
    // Formatting and paragraphs stay: only the edited text node changed.
    expect(applied.report.abstract.summary.content?.length).toBe(
      report.abstract.summary.content?.length,
    );
    const rejected = applyDocxReview(report, review, new Set(), () => 'x');
    expect(rejected.report.titlePage.organization).toBe('Northwind Bank, Applied ML');
  });

  it('does not apply a suggestion to a field changed since the export', async () => {
    const report = createExampleReport();
    const parts = readParts(await exportDocx(report, false));
    trackReplacement(parts, 'titlePage.organization', 'Northwind Bank', 'Northwind Bank plc');
    const changed: Report = {
      ...report,
      titlePage: { ...report.titlePage, organization: 'Contoso' },
    };
    const applied = applyDocxReview(
      changed,
      reviewOf(writeParts(parts), changed),
      new Set([0]),
      () => 'x',
    );
    expect(applied.report.titlePage.organization).toBe('Contoso');
    expect(applied.notApplied).toHaveLength(1);
  });

  it('puts the comments of a Word file the app did not write on the Appendix as a list', async () => {
    const report = createEmptyReport('r1');
    const parts = readParts(await exportDocx(report, false));
    parts.set(
      'word/document.xml',
      (parts.get('word/document.xml') ?? '').replace(/<w:bookmark(Start|End)[^>]*\/>/gu, ''),
    );
    const startOfBody = (documentXml: string) =>
      documentXml.indexOf('<w:body>') + '<w:body>'.length;
    addComments(parts, [
      {
        comment: { id: 5, author: 'Someone', date: '2026-12-04T08:00:00Z', textXml: 'First' },
        at: startOfBody,
      },
      {
        comment: { id: 6, author: 'Else', date: '', textXml: 'Second' },
        at: startOfBody,
      },
    ]);
    const review = reviewOf(writeParts(parts), report);
    expect(review.fromApp).toBe(false);
    expect(review.threads).toHaveLength(1);
    expect(review.threads[0]?.anchor).toEqual({ path: 'appendix' });
    expect(review.threads[0]?.replies.map((reply) => [reply.author, reply.body])).toEqual([
      ['Someone', 'First'],
      ['Else', 'Second'],
    ]);
  });
});
