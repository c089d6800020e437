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

function tableSummary(rows: Record<string, unknown>[][]): unknown {
  return {
    type: 'doc',
    content: [
      {
        type: 'table',
        content: rows.map((cells) => ({
          type: 'tableRow',
          content: cells.map((attrs) => ({
            type: 'tableCell',
            attrs,
            content: [{ type: 'paragraph' }],
          })),
        })),
      },
    ],
  };
}

function summaryWithNode(node: Record<string, unknown>): unknown {
  return { type: 'doc', content: [node] };
}

const headingAt = 'abstract.summary.content[0].attrs.level';
const listStartAt = 'abstract.summary.content[0].attrs.start';
const cellAt = 'abstract.summary.content[0].content[0].content[0].attrs';

describe('restoreReport: numeric attributes of rich-text nodes are bounded', () => {
  const heading = (level: unknown) =>
    summaryWithNode({ type: 'heading', attrs: { level }, content: [textNode('Heading')] });
  const orderedList = (start: unknown) =>
    summaryWithNode({
      type: 'orderedList',
      attrs: { start, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    });
  const cell = (attrs: Record<string, unknown>) => tableSummary([[attrs]]);

  it.each([
    ['heading level 1', heading(1)],
    ['heading level 6', heading(6)],
    ['list start -999,999,999', orderedList(-999_999_999)],
    ['list start 999,999,999', orderedList(999_999_999)],
    ['colspan 1,000', cell({ colspan: 1000, rowspan: 1, colwidth: null })],
    ['rowspan 65,534', cell({ colspan: 1, rowspan: 65_534 })],
    ['column widths', cell({ colspan: 2, colwidth: [120, 80.5] })],
    ['an attribute the editor does not know', cell({ background: 'red', weight: 1e300 })],
  ])('accepts %s', (_, summary) => {
    expect(restoreReport(reportWithSummary(summary)).ok).toBe(true);
  });

  it.each([
    [heading(0), `${headingAt}: expected a whole number from 1 to 6, got 0`],
    [heading(7), `${headingAt}: expected a whole number from 1 to 6, got 7`],
    [heading(2.5), `${headingAt}: expected a whole number from 1 to 6, got 2.5`],
    [heading('2'), `${headingAt}: expected a number, got "2"`],
    [
      orderedList(1e9),
      `${listStartAt}: expected a whole number from -999,999,999 to 999,999,999, got 1000000000`,
    ],
    [
      cell({ colspan: 100_000_000 }),
      `${cellAt}.colspan: expected a whole number from 1 to 1,000, got 100000000`,
    ],
    [cell({ colspan: '100000000' }), `${cellAt}.colspan: expected a number, got "100000000"`],
    [cell({ colspan: 0 }), `${cellAt}.colspan: expected a whole number from 1 to 1,000, got 0`],
    [
      cell({ rowspan: 65_535 }),
      `${cellAt}.rowspan: expected a whole number from 1 to 65,534, got 65535`,
    ],
  ])('refuses %j with where and what', (summary, detail) => {
    const failure = expectFailure(restoreReport(reportWithSummary(summary)));
    expect(failure.message).toBe('This report has values that do not fit the report format.');
    expect(failure.details).toEqual([detail]);
  });

  it('refuses column widths that are not sane pixel widths', () => {
    expect(restoreReport(reportWithSummary(cell({ colwidth: [1e9] }))).ok).toBe(false);
    expect(restoreReport(reportWithSummary(cell({ colwidth: [-1] }))).ok).toBe(false);
    expect(
      restoreReport(reportWithSummary(cell({ colwidth: Array.from({ length: 1001 }, () => 10) })))
        .ok,
    ).toBe(false);
  });

  it('accepts a table spanning 100,000 cells and refuses one row more', () => {
    const rows = (count: number) => Array.from({ length: count }, () => [{ colspan: 1000 }]);
    expect(restoreReport(reportWithSummary(tableSummary(rows(100)))).ok).toBe(true);
    const failure = expectFailure(restoreReport(reportWithSummary(tableSummary(rows(101)))));
    expect(failure.details).toEqual([
      'abstract.summary.content[0].content: the table spans 1,000 columns by 101 rows, more than the 100,000 cells a table may span',
    ]);
  });

  it('counts the columns a cell of a row above reaches into with its rowspan', () => {
    // A first cell 999 columns wide reaching down every row makes each row 1,999 columns wide.
    const rows = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        index === 0 ? [{ colspan: 999, rowspan: count }, { colspan: 1000 }] : [{ colspan: 1000 }],
      );
    expect(restoreReport(reportWithSummary(tableSummary(rows(50)))).ok).toBe(true);
    const failure = expectFailure(restoreReport(reportWithSummary(tableSummary(rows(51)))));
    expect(failure.details).toEqual([
      'abstract.summary.content[0].content: the table spans 1,999 columns by 51 rows, more than the 100,000 cells a table may span',
    ]);
  });
});
