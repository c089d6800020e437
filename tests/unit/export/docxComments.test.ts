import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '@/export/buildDocx';
import { addCommentThread } from '@/model/comments/addCommentThread';
import { fieldBookmarkName } from '@/model/comments/fieldBookmarkName';
import { resolveCommentThread } from '@/model/comments/resolveCommentThread';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';
import { unzipDocx } from './support/unzipDocx';

async function documentParts(report: Report, includeComments: boolean) {
  return unzipDocx(
    await Packer.pack(buildDocx(report, undefined, undefined, { includeComments }), 'uint8array'),
  );
}

function comment(report: Report, id: string, path: string, body: string): Report {
  return addCommentThread(report, {
    id,
    anchor: { path },
    author: 'Ada Lovelace',
    createdAt: '2026-12-04T07:40:00.000Z',
    body,
  });
}

describe('Word export with comments', () => {
  it('writes each open thread as a Word comment inside its field bookmark, resolved ones not', async () => {
    let report = comment(createExampleReport(), 't1', 'titlePage.organization', 'Open one');
    report = comment(report, 't2', 'titlePage.license', 'Resolved one');
    report = resolveCommentThread(report, 't2');
    const parts = await documentParts(report, true);
    const documentXml = parts.get('word/document.xml') ?? '';
    const comments = parts.get('word/comments.xml') ?? '';
    expect(comments).toContain('w:author="Ada Lovelace"');
    expect(comments).toContain('w:initials="AL"');
    expect(comments).toContain('Open one');
    expect(comments).not.toContain('Resolved one');
    const bookmark = new RegExp(
      `<w:bookmarkStart w:name="${fieldBookmarkName('titlePage.organization')}" w:id="\\d+"/><w:commentRangeStart w:id="0"/>.*?Northwind Bank, Applied ML.*?<w:commentRangeEnd w:id="0"/><w:bookmarkEnd w:id="\\d+"/><w:r><w:commentReference w:id="0"/>`,
      'su',
    );
    expect(documentXml).toMatch(bookmark);
  });

  it('puts a thread on a field the file does not show on its section heading', async () => {
    const report = comment(createExampleReport(), 't1', 'models.models#gone.name', 'Removed');
    const documentXml = (await documentParts(report, true)).get('word/document.xml') ?? '';
    expect(documentXml).toMatch(
      /<w:bookmarkStart w:name="s_models" w:id="\d+"\/><w:commentRangeStart w:id="0"\/>/u,
    );
  });

  it('writes no comments unless asked', async () => {
    const report = comment(createExampleReport(), 't1', 'titlePage.organization', 'Open one');
    const parts = await documentParts(report, false);
    expect(parts.has('word/comments.xml')).toBe(false);
    expect(parts.get('word/document.xml')).not.toContain('commentRangeStart');
  });

  it('names bookmarks as Word allows: a letter first, letters, digits and _ only, at most 40', () => {
    for (const path of [
      'models.models#a-very-long-model-id-0123456789.hyperparameters.learningRate',
      'abstract.summary',
    ])
      expect(fieldBookmarkName(path)).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/u);
  });
});
