import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import type { Report } from '@/model/reportSchema';
import { restoreReport, type RestoreResult } from '@/model/restoreReport';
import { richTextFromBlocks, textNode, type RichText, type RichTextNode } from '@/model/richText';

function reportWithSummary(summary: unknown): unknown {
  const report = structuredClone(createEmptyReport('restore-rich-text')) as unknown as {
    abstract: { summary: unknown };
  };
  report.abstract.summary = summary;
  return report;
}

function expectSuccess(result: RestoreResult): Report {
  if (!result.ok)
    throw new Error(`expected success: ${result.message} ${result.details.join('; ')}`);
  return result.report;
}

function expectFailure(result: RestoreResult): { message: string; details: string[] } {
  if (result.ok) throw new Error('expected the restore to fail');
  return result;
}

describe('restoreReport: rich text the editor can show as stored', () => {
  it('drops text nodes with empty or missing text and keeps the real text beside them', () => {
    const summary = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '' },
            { type: 'text', text: 'Real text.', marks: [{ type: 'bold' }] },
            { type: 'text' },
          ],
        },
      ],
    };
    const restored = expectSuccess(restoreReport(reportWithSummary(summary)));
    expect(restored.abstract.summary).toEqual(
      richTextFromBlocks({
        type: 'paragraph',
        content: [textNode('Real text.', [{ type: 'bold' }])],
      }),
    );
  });

  it('leaves a paragraph whose only text node was empty without content, as the editor writes it', () => {
    const summary = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '' }] },
        { type: 'paragraph', content: [] },
      ],
    };
    const restored = expectSuccess(restoreReport(reportWithSummary(summary)));
    expect(restored.abstract.summary).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph' }, { type: 'paragraph', content: [] }],
    });
  });

  it('drops empty text nodes at any depth (in a table cell inside a list)', () => {
    const cell: RichTextNode = {
      type: 'tableCell',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }, textNode('kept')] }],
    };
    const summary: RichText = richTextFromBlocks({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell] }] }],
        },
      ],
    });
    const restored = expectSuccess(restoreReport(reportWithSummary(summary)));
    expect(JSON.stringify(restored.abstract.summary)).not.toContain('"text":""');
    expect(JSON.stringify(restored.abstract.summary)).toContain('"text":"kept"');
  });

  it('still refuses a text node whose text is not a string', () => {
    const summary = richTextFromBlocks({
      type: 'paragraph',
      content: [{ type: 'text', text: 42 } as unknown as RichTextNode],
    });
    const failure = expectFailure(restoreReport(reportWithSummary(summary)));
    expect(failure.details).toEqual([
      'abstract.summary.content[0].content[0].text: expected a string, got 42',
    ]);
  });
});
