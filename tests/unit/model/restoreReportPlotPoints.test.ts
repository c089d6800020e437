import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { describeSchemaIssue } from '@/model/describeSchemaIssue';
import { reportSchema, type Report } from '@/model/reportSchema';
import { restoreReport, type RestoreResult } from '@/model/restoreReport';

const example = createExampleReport();

/** What restoreReport answered before plot points had a fast path: zod over the whole report. */
function restoreWithZodAlone(input: unknown): RestoreResult {
  const parsed = reportSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, report: parsed.data, appliedMigrations: [] };
  const details = parsed.error.issues.slice(0, 20).map(describeSchemaIssue);
  if (parsed.error.issues.length > 20)
    details.push(`…and ${parsed.error.issues.length - 20} more problems`);
  return {
    ok: false,
    message: 'This report has values that do not fit the report format.',
    details,
  };
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const coordinate = fc.oneof(
  { weight: 8, arbitrary: finite },
  fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, '2', undefined, [1]),
);
const validPoints = fc.array(fc.tuple(finite, fc.oneof(finite, fc.constant(null))), {
  maxLength: 40,
});
const anyPoints = fc.oneof(
  { weight: 3, arbitrary: validPoints },
  { weight: 3, arbitrary: fc.array(fc.tuple(coordinate, coordinate), { maxLength: 40 }) },
  fc.array(fc.array(coordinate, { maxLength: 3 }), { maxLength: 10 }),
  fc.anything({ key: fc.constantFrom('points', 'id', 'x') }),
);
const seriesEntry = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      id: fc.constantFrom('series-a', 'series-b', 'series-c', 'bad id'),
      label: fc.string({ maxLength: 5 }),
      modelId: fc.constantFrom('model-a', ''),
      points: anyPoints,
    }),
  },
  fc.anything({ key: fc.constantFrom('points', 'id', 'x') }),
);
const seriesLists = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.array(seriesEntry, { maxLength: 4 }) },
    // Keys refused before any schema check (`prototype`, `constructor`) are restoreReport.test's.
    fc.anything({ key: fc.constantFrom('points', 'id', 'x') }),
  ),
  { minLength: example.results.plots.length, maxLength: example.results.plots.length },
);

function withSeries(lists: readonly unknown[]): unknown {
  return {
    ...example,
    results: {
      ...example.results,
      plots: example.results.plots.map((plot, index) => ({ ...plot, series: lists[index] })),
    },
  };
}

describe('restoreReport with plot points checked outside zod', () => {
  it('answers exactly as zod alone would, for valid and broken series', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(seriesLists, (lists) => {
        const input = withSeries(lists);
        expect(restoreReport(input)).toEqual(restoreWithZodAlone(input));
      }),
      { numRuns: 400 },
    );
  });

  it('puts every valid series back in its place', () => {
    const validSeries = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,8}$/u),
        label: fc.string({ maxLength: 5 }),
        modelId: fc.constant(''),
        points: validPoints,
      }),
      { selector: (entry) => entry.id, maxLength: 5 },
    );
    const validLists = fc.array(validSeries, {
      minLength: example.results.plots.length,
      maxLength: example.results.plots.length,
    });
    fc.assert(
      fc.property(validLists, (lists) => {
        const input = withSeries(lists);
        expect(restoreReport(input)).toEqual({
          ok: true,
          report: reportSchema.parse(input),
          appliedMigrations: [],
        });
      }),
      { numRuns: 200 },
    );
  });

  it('names the exact point and coordinate of a bad value among many good ones', () => {
    const points: unknown[] = Array.from({ length: 5000 }, (_, index) => [index, index / 10]);
    points[4321] = [4321, 'fast'];
    const series = [{ id: 'series-a', label: 'A', modelId: 'model-a', points }];
    const failure = restoreReport(withSeries([series, series, series]));
    expect(failure).toEqual({
      ok: false,
      message: 'This report has values that do not fit the report format.',
      details: [
        'results.plots[0].series[0].points[4321][1]: expected a number, got "fast"',
        'results.plots[1].series[0].points[4321][1]: expected a number, got "fast"',
        'results.plots[2].series[0].points[4321][1]: expected a number, got "fast"',
      ],
    });
  });

  it('keeps every point of a valid report in order', () => {
    const points: [number, number | null][] = Array.from({ length: 5000 }, (_, index) => [
      index,
      index % 7 === 0 ? null : index / 3,
    ]);
    const series = [{ id: 'series-a', label: 'A', modelId: 'model-a', points }];
    const result = restoreReport(withSeries([series, [], series]));
    if (!result.ok) throw new Error(result.details.join('; '));
    const restored: Report = result.report;
    expect(restored.results.plots.map((plot) => plot.series[0]?.points)).toEqual([
      points,
      undefined,
      points,
    ]);
    expect(restored).toEqual(reportSchema.parse(withSeries([series, [], series])));
  });
});
