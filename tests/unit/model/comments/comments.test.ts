import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCommentThread } from '@/model/comments/addCommentThread';
import { groupThreadsBySection } from '@/model/comments/groupThreadsBySection';
import { replyToCommentThread } from '@/model/comments/replyToCommentThread';
import { resolveCommentThread } from '@/model/comments/resolveCommentThread';
import type { CommentThread } from '@/model/comments/commentThreadSchema';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { buildMarkdown } from '@/export/buildMarkdown';
import { serializeReport } from '@/export/serializeReport';
import { restoreReport, restoreReportFromText } from '@/model/restoreReport';
import type { Report } from '@/model/reportSchema';

const createdAt = '2026-12-04T07:40:00.000Z';

function withComment(report: Report, id: string, path: string, body: string): Report {
  return addCommentThread(report, {
    id,
    anchor: { path },
    author: 'Reviewer',
    createdAt,
    body,
  });
}

describe('comment threads', () => {
  it('adds, replies to and resolves a thread without changing the report given', () => {
    const report = createEmptyReport('r1');
    const commented = withComment(report, 't1', 'titlePage.title', '  Shorter title?  ');
    expect(report.comments).toEqual([]);
    expect(commented.comments).toEqual([
      {
        id: 't1',
        anchor: { path: 'titlePage.title' },
        author: 'Reviewer',
        createdAt,
        body: 'Shorter title?',
        replies: [],
        resolved: false,
      },
    ]);
    const replied = replyToCommentThread(commented, 't1', {
      id: 'c1',
      author: 'Author',
      createdAt,
      body: 'Done.',
    });
    expect(replied.comments[0]?.replies.map((reply) => reply.body)).toEqual(['Done.']);
    expect(commented.comments[0]?.replies).toEqual([]);
    const resolved = resolveCommentThread(replied, 't1');
    expect(resolved.comments[0]?.resolved).toBe(true);
    expect(replied.comments[0]?.resolved).toBe(false);
  });

  it('adds nothing for a blank comment or a reply to a missing thread', () => {
    const report = createEmptyReport('r1');
    expect(withComment(report, 't1', 'abstract', '   ')).toBe(report);
    const commented = withComment(report, 't1', 'abstract', 'Too long');
    expect(
      replyToCommentThread(commented, 'missing', { id: 'c', author: 'a', createdAt, body: 'x' }),
    ).toBe(commented);
  });

  it('lists open threads by section in report order, a removed field on its section', () => {
    const example = createExampleReport();
    const modelId = example.models.models[0]?.id ?? '';
    let report = withComment(example, 't1', `appendix.references`, 'Cite the paper');
    report = withComment(report, 't2', `models.models#${modelId}.architecture`, 'Which size?');
    report = withComment(report, 't3', 'models.models#gone.architecture', 'Removed model');
    report = withComment(report, 't4', 'titlePage.title', 'Resolved one');
    report = resolveCommentThread(report, 't4');
    const groups = groupThreadsBySection(report, { includeResolved: false });
    expect(groups.map((group) => group.sectionId)).toEqual(['models', 'appendix']);
    expect(groups[0]?.threads.map((placed) => [placed.thread.id, placed.fieldExists])).toEqual([
      ['t2', true],
      ['t3', false],
    ]);
    expect(groupThreadsBySection(report, { includeResolved: true })[0]?.sectionId).toBe(
      'titlePage',
    );
  });

  it('restores a version 4 draft with no comments', () => {
    const { comments: _comments, ...withoutComments } = createEmptyReport('r1');
    const restored = restoreReport({ ...withoutComments, schemaVersion: 4 });
    expect(restored.ok && restored.report.comments).toEqual([]);
  });

  it('refuses two threads with one id', () => {
    let report = withComment(createEmptyReport('r1'), 't1', 'abstract', 'One');
    report = { ...report, comments: [...report.comments, ...report.comments] };
    expect(restoreReport(report).ok).toBe(false);
  });

  it('leaves comments out of Markdown', () => {
    const report = withComment(createExampleReport(), 't1', 'abstract', 'UNIQUE-REVIEW-NOTE');
    expect(buildMarkdown(report)).not.toContain('UNIQUE-REVIEW-NOTE');
  });
});

const threadArbitrary: fc.Arbitrary<Omit<CommentThread, 'id'>> = fc.record({
  anchor: fc.record(
    {
      path: fc.constantFrom('titlePage.title', 'abstract.summary', 'models.models#m1.architecture'),
      range: fc
        .tuple(fc.string({ maxLength: 40 }), fc.nat(500), fc.nat(500))
        .map(([quote, start, length]) => ({ quote, start, end: start + length })),
    },
    { requiredKeys: ['path'] },
  ),
  author: fc.string({ maxLength: 40 }),
  createdAt: fc
    .date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  body: fc.string({ maxLength: 200 }),
  replies: fc.array(
    fc.record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/u),
      author: fc.string({ maxLength: 40 }),
      createdAt: fc.constant(createdAt),
      body: fc.string({ maxLength: 200 }),
    }),
    { maxLength: 4 },
  ),
  resolved: fc.boolean(),
});

describe('comment threads in JSON', () => {
  it('survive export and restoreReport unchanged', () => {
    fc.assert(
      fc.property(fc.array(threadArbitrary, { maxLength: 8 }), (threads) => {
        const comments = threads.map((thread, index) => ({ ...thread, id: `thread-${index}` }));
        const report: Report = { ...createEmptyReport('r1'), comments };
        const restored = restoreReportFromText(serializeReport(report, createdAt));
        expect(restored.ok && restored.report.comments).toEqual(comments);
      }),
      { numRuns: 60 },
    );
  });
});
