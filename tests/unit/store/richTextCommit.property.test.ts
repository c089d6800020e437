import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { richTextFromParagraphs, richTextSchema, type RichText } from '@/model/richText';
import { createReportStore } from '@/store/reportStore';

function storeWithAnalysis(analysis: RichText) {
  const report = createEmptyReport('report-1');
  return createReportStore({
    now: () => 0,
    initialDocument: { report: { ...report, results: { ...report.results, analysis } } },
  });
}

function copy<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value)) as Value;
}

const stored = richTextFromParagraphs('First finding', 'Second finding', 'Third finding');

/** A block as an editor or a bad import might hand it over: valid or not. */
const block = fc.record(
  {
    type: fc.constantFrom('paragraph', 'heading', 'script', 'table'),
    content: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 8 }) }),
        fc.record({ type: fc.constant('text'), text: fc.integer() }),
        fc.record({ type: fc.constant('hardBreak') }),
      ),
      { maxLength: 3 },
    ),
    attrs: fc.constantFrom({ level: 2 }, { level: 'two' }, { colspan: -1 }),
  },
  { requiredKeys: ['type'] },
);

describe('a rich-text field committed whole', () => {
  it('keeps the blocks not typed into and counts no change for equal text', () => {
    const store = storeWithAnalysis(stored);
    const typed = copy(stored) as RichText & { content: { content: { text: string }[] }[] };
    typed.content[2]!.content[0]!.text = 'Third finding, edited';
    expect(store.getState().setFieldValue('results.analysis', typed)).toBe(true);
    const committed = store.getState().document.report.results.analysis;
    expect(committed.content?.[0]).toBe(stored.content?.[0]);
    expect(committed.content?.[1]).toBe(stored.content?.[1]);
    expect(committed.content?.[2]).toEqual(typed.content[2]);
    const revision = store.getState().revision;
    expect(store.getState().setFieldValue('results.analysis', copy(typed))).toBe(true);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().document.report.results.analysis).toBe(committed);
  });

  it('is accepted exactly when the whole text is valid, whichever blocks were checked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), block), { minLength: 1, maxLength: 3 }),
        (edits) => {
          const store = storeWithAnalysis(stored);
          const next = copy(stored) as { type: 'doc'; content: unknown[] };
          for (const [index, replacement] of edits) next.content.splice(index, 1, replacement);
          const accepted = store.getState().setFieldValue('results.analysis', next);
          expect(accepted).toBe(richTextSchema.safeParse(next).success);
          const held = store.getState().document.report.results.analysis;
          expect(held).toEqual(accepted ? next : stored);
        },
      ),
      { numRuns: 300 },
    );
  });
});
