import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactReportJson } from '@/export/compactReportJson';
import { serializeReport } from '@/export/serializeReport';
import { createEmptyReport } from '@/model/createEmptyReport';
import type { Report } from '@/model/reportSchema';
import { maximumImportBytes, restoreReportFromText } from '@/model/restoreReport';
import { richTextFromParagraphs } from '@/model/richText';
import { utf8ByteLength } from '@/model/utf8ByteLength';
import { countPlotPoints, createDraftOfSize } from '../../support/benchReports';

const exportedAt = '2026-01-01T00:00:00.000Z';
const paragraph = 'Measured on the held-out split. '.repeat(32);

function reportWithParagraphs(count: number): Report {
  const report = createEmptyReport('near-the-cap');
  report.titlePage.title = 'Near the cap';
  report.appendix.additionalLogs = richTextFromParagraphs(
    ...Array.from({ length: count }, () => paragraph),
  );
  return report;
}

/** The most paragraphs whose compact draft fits the cap (the size grows by the same step each). */
function paragraphsAtTheCap(): number {
  const one = utf8ByteLength(compactReportJson(reportWithParagraphs(1), exportedAt));
  const two = utf8ByteLength(compactReportJson(reportWithParagraphs(2), exportedAt));
  return 1 + Math.floor((maximumImportBytes - one) / (two - one));
}

describe('utf8ByteLength', () => {
  it('is the length TextEncoder writes, for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
            fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uDC00', 'é', '€', '😀'),
          ),
        }),
        (text) => {
          expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('a JSON draft at the import cap', () => {
  const count = paragraphsAtTheCap();

  it('exports compact when pretty printing would go over the cap, and imports again', () => {
    const report = reportWithParagraphs(count);
    const pretty = JSON.stringify({ report }, null, 2);
    expect(utf8ByteLength(pretty)).toBeGreaterThan(maximumImportBytes);
    const exported = serializeReport(report, exportedAt);
    expect(exported).toBe(compactReportJson(report, exportedAt));
    expect(utf8ByteLength(exported)).toBeLessThanOrEqual(maximumImportBytes);
    const restored = restoreReportFromText(exported);
    expect(restored.ok && restored.report).toEqual(report);
  }, 60_000);

  it('imports a draft at the cap that is mostly plot points, as Export writes it', () => {
    const text = createDraftOfSize(maximumImportBytes - 100_000, 11);
    expect(utf8ByteLength(text)).toBeGreaterThan(0.98 * maximumImportBytes);
    const restored = restoreReportFromText(text);
    if (!restored.ok) throw new Error(restored.details.join('\n'));
    expect(countPlotPoints(restored.report)).toBeGreaterThan(1_500_000);
  }, 120_000);

  it('stays pretty-printed while that fits', () => {
    const report = reportWithParagraphs(10);
    expect(serializeReport(report, exportedAt)).toContain('\n  "report": {\n');
  });

  it('refuses a file within the cap whose report would be over it when exported again', () => {
    // A number written as 1e20 comes back as 100000000000000000000: 4 characters become 21.
    const report = createEmptyReport('grows-on-export');
    const text = JSON.stringify({
      format: 'ml-report',
      schemaVersion: 2,
      exportedAt,
      report: {
        ...report,
        results: {
          ...report.results,
          plots: [
            {
              id: 'plot-1',
              kind: 'loss-curve',
              title: '',
              caption: '',
              xLabel: '',
              xUnit: '',
              yLabel: '',
              yUnit: '',
              logScale: false,
              derivation: 'none',
              series: [{ id: 'series-1', label: '', modelId: '', points: 'POINTS' }],
            },
          ],
        },
      },
    }).replace('"POINTS"', `[${Array.from({ length: 700_000 }, () => '[1e20,1e20]').join(',')}]`);
    expect(utf8ByteLength(text)).toBeLessThanOrEqual(maximumImportBytes);
    const restored = restoreReportFromText(text);
    expect(restored).toMatchObject({
      ok: false,
      message: 'This file is larger than 25 MB, larger than any real report.',
      details: [
        expect.stringMatching(
          /^Exported again as JSON it would take 3\d\.\d MB, and Import takes at most 25 MB\.$/u,
        ),
      ],
    });
  }, 60_000);
});
