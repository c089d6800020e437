import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeExportText } from '@/export/sanitizeExportText';
import { sanitizeReportText } from '@/export/sanitizeReportText';
import { createExampleReport } from '@/model/createExampleReport';
import { arbitraryMutatedReport } from './support/arbitraryMutatedReport';

/** What sanitizeReportText promises, written the slow way: a full copy with every string and key cleaned. */
function copyWithCleanText(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeExportText(value);
  if (Array.isArray(value)) return value.map(copyWithCleanText);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        sanitizeExportText(key),
        copyWithCleanText(child),
      ]),
    );
  return value;
}

describe('sanitizeReportText', () => {
  it('cleans every string and record key like a full copy would, and never changes its input', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (report) => {
        const before = structuredClone(report);
        expect(sanitizeReportText(report)).toEqual(copyWithCleanText(report));
        expect(report).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('cleans a record key and the text inside rich text', () => {
    const report = structuredClone(createExampleReport());
    report.abstract.summary = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b\r\nc' }] }],
    };
    const checklist = report.appendix.checklist as Record<string, unknown>;
    checklist['key\uFFFF'] = checklist[Object.keys(checklist)[0] ?? ''];
    const clean = sanitizeReportText(report);
    expect(clean.abstract.summary.content?.[0]?.content?.[0]?.text).toBe('ab\nc');
    expect(Object.keys(clean.appendix.checklist)).toContain('key');
    expect(Object.keys(clean.appendix.checklist)).not.toContain('key\uFFFF');
  });

  it('keeps a key that becomes "__proto__" as a key, not as the prototype', () => {
    const report = structuredClone(createExampleReport());
    const checklist = report.appendix.checklist as Record<string, unknown>;
    checklist['__proto__\u0000'] = { answer: 'yes', justification: '' };
    const clean = sanitizeReportText(report);
    expect(Object.getPrototypeOf(clean.appendix.checklist)).toBe(Object.prototype);
    expect(Object.hasOwn(clean.appendix.checklist, '__proto__')).toBe(true);
  });

  it('shares the parts that were already clean instead of copying them', () => {
    const report = structuredClone(createExampleReport());
    report.titlePage.title = 'Title\u0000';
    const clean = sanitizeReportText(report);
    expect(clean.titlePage.title).toBe('Title');
    expect(clean.titlePage).not.toBe(report.titlePage);
    expect(clean.results).toBe(report.results);
    expect(clean.results.plots[0]?.series[0]?.points).toBe(
      report.results.plots[0]?.series[0]?.points,
    );
  });
});
