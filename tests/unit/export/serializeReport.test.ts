import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '@/export/serializeReport';
import { serializeReportParts } from '@/export/serializeReportParts';
import { createExampleReport } from '@/model/createExampleReport';
import { currentSchemaVersion, type Report } from '@/model/reportSchema';
import { restoreReportFromText } from '@/model/restoreReport';
import { arbitraryMutatedReport } from './support/arbitraryMutatedReport';
import { escapingCases } from './support/escapingCases';

const exportedAt = '2025-03-14T09:00:00.000Z';

function restored(text: string): Report {
  const result = restoreReportFromText(text);
  if (!result.ok) throw new Error(`${result.message} ${result.details.join('; ')}`);
  return result.report;
}

describe('serializeReport', () => {
  const example = createExampleReport();

  it('writes the versioned envelope, pretty-printed, ending with a newline', () => {
    const text = serializeReport(example, exportedAt);
    expect(JSON.parse(text)).toEqual({
      format: 'ml-report',
      schemaVersion: currentSchemaVersion,
      exportedAt,
      report: example,
    });
    expect(
      text.startsWith(
        `{\n  "format": "ml-report",\n  "schemaVersion": ${currentSchemaVersion},\n  "exportedAt": "2025-03-14T09:00:00.000Z",\n  "report": {\n`,
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes each series of plot points on one line', () => {
    const text = serializeReport(example, exportedAt);
    const series = example.results.plots[0]?.series[0];
    if (series === undefined) throw new Error('the example has no plot series');
    expect(text).toContain(`"points": ${JSON.stringify(series.points)}`);
    expect(text).not.toContain('\\u0000points:');
  });

  it('still round-trips a text that looks like its points placeholder', () => {
    const report = { ...example, titlePage: { ...example.titlePage, title: '\u0000points:0' } };
    expect(restored(serializeReport(report, exportedAt))).toEqual(report);
  });

  it('gives back exactly the example report on import', () => {
    expect(restored(serializeReport(example, exportedAt))).toEqual(example);
  });

  // Spans and list numbers over their limits stay a case for the exporters, but no load accepts them.
  const overLimits = (name: string) => name.startsWith('huge table spans');

  it.each(escapingCases.filter(({ name }) => !name.includes('link') && !overLimits(name)))(
    'keeps every character of "$name" (JSON escapes instead of stripping)',
    ({ report }) => {
      const text = serializeReport(report, exportedAt);
      // A Blob writes the text as UTF-8, which would turn a raw lone surrogate into U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text);
      expect(restored(text)).toEqual(report);
    },
  );

  it.each(escapingCases.filter(({ name }) => overLimits(name)))(
    'refuses "$name" on import, naming each value over its limit',
    ({ report }) => {
      const result = restoreReportFromText(serializeReport(report, exportedAt));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.details.join('\n')).toMatch(
        /attrs\.colspan: expected a whole number from 1 to 1,000/u,
      );
      expect(result.details.join('\n')).toMatch(/attrs\.start: expected a whole number/u);
      expect(result.details.join('\n')).toMatch(
        /attrs\.level: expected a whole number from 1 to 6/u,
      );
    },
  );

  it('export then import is the identity for generated valid reports', () => {
    fc.assert(
      fc.property(arbitraryMutatedReport(), (report) => {
        expect(restored(serializeReport(report, exportedAt))).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });
});

describe('serializeReportParts', () => {
  const example = createExampleReport();

  it('joins to the draft, with each series of points as a part of its own', () => {
    const parts = serializeReportParts(example, exportedAt);
    expect(parts.join('')).toBe(serializeReport(example, exportedAt));
    const series = example.results.plots.flatMap((plot) => plot.series);
    expect(parts.slice(0, -1).filter((_, index) => index % 2 === 1)).toEqual(
      series.map((entry) => JSON.stringify(entry.points)),
    );
  });

  it('is one piece when a text looks like a points placeholder', () => {
    const report = { ...example, titlePage: { ...example.titlePage, title: '\u0000points:0' } };
    expect(serializeReportParts(report, exportedAt)).toEqual([
      JSON.stringify(
        { format: 'ml-report', schemaVersion: currentSchemaVersion, exportedAt, report },
        null,
        2,
      ),
      '\n',
    ]);
  });
});
