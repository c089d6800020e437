import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { readReportFromLiveDocument, writeReportIntoLiveDocument } from '@/model/liveReport';
import type { Report } from '@/model/reportSchema';
import { richTextFromBlocks, textNode } from '@/model/richText';
import { arbitraryMutatedReport } from '../../export/support/arbitraryMutatedReport';
import { inLiveForm, readReport, replicaOf } from './liveReportSupport';

function writtenDocument(report: Report): Y.Doc {
  const doc = new Y.Doc();
  writeReportIntoLiveDocument(doc, report);
  return doc;
}

/** Every node type, attribute and mark the editor writes, as it writes them. */
function editorShapedReport(): Report {
  const report = createEmptyReport('editor-shaped');
  const cell = (type: 'tableCell' | 'tableHeader', text: string, colwidth: number[] | null) => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth, align: null },
    content: [{ type: 'paragraph' as const, content: [textNode(text)] }],
  });
  report.abstract.summary = richTextFromBlocks(
    { type: 'heading', attrs: { level: 2 }, content: [textNode('Heading')] },
    {
      type: 'paragraph',
      content: [
        textNode('plain '),
        textNode('bold italic', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        textNode('a link', [{ type: 'link', attrs: { href: 'https://example.org/a' } }]),
        textNode(' 😀 emoji'),
        textNode('all', [
          { type: 'link', attrs: { href: 'mailto:a@example.org' } },
          { type: 'bold' },
          { type: 'code' },
          { type: 'italic' },
          { type: 'strike' },
          { type: 'underline' },
        ]),
      ],
    },
    { type: 'paragraph' },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [textNode('three')] }] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'python' }, content: [textNode('x = 1\n\ny = 2\n')] },
    { type: 'codeBlock', attrs: { language: null } },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [textNode('quoted')] }] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [cell('tableHeader', 'h', [120]), cell('tableHeader', 'i', null)],
        },
        { type: 'tableRow', content: [cell('tableCell', 'c', null), cell('tableCell', 'd', [80])] },
      ],
    },
  );
  return report;
}

describe('writeReportIntoLiveDocument then readReportFromLiveDocument', () => {
  it('gives back the example, with the align: null the editor gives table cells', () => {
    const example = createExampleReport();
    const doc = writtenDocument(example);
    expect(readReport(doc)).toEqual(inLiveForm(example));
    expect(readReport(replicaOf(doc))).toEqual(inLiveForm(example));
  });

  it('gives back the empty report and a report shaped as the editor writes it, exactly', () => {
    for (const report of [createEmptyReport('empty'), editorShapedReport()]) {
      const doc = writtenDocument(report);
      expect(readReport(doc)).toEqual(report);
      expect(readReport(replicaOf(doc))).toEqual(report);
    }
  });

  it('gives back generated reports, on the writer and on a replica', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (report) => {
        const doc = writtenDocument(report);
        const expected = inLiveForm(report);
        expect(readReport(doc)).toEqual(expected);
        expect(readReport(replicaOf(doc))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses to write over a document that holds a report', () => {
    const doc = writtenDocument(createEmptyReport('first'));
    expect(() => writeReportIntoLiveDocument(doc, createEmptyReport('second'))).toThrow();
  });

  it('reads an empty document as a failure, not a report', () => {
    const result = readReportFromLiveDocument(new Y.Doc());
    expect(result.ok).toBe(false);
  });

  it('reads an invalid remote state as a failure with its message', () => {
    const doc = writtenDocument(createExampleReport());
    doc.getMap('titlePage').set('title', 42);
    const result = readReportFromLiveDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details.join(' ')).toContain('titlePage.title');
  });
});
