import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExampleReport } from '@/model/createExampleReport';
import { createEmptyReport } from '@/model/createEmptyReport';
import { decodeUtf8 } from '@/model/decodeUtf8';
import { jsonSizeUpperBound } from '@/model/jsonSizeUpperBound';
import { packedPointAt, packSeriesPoints, withSeriesPoints } from '@/model/packedPlotPoints';
import {
  pointListSizeBound,
  pointListTextLength,
  setAsideDraftPlotPoints,
} from '@/model/draftPlotPoints';
import { exampleWithPointLists, writtenJsonNumber } from './support/plotPointDrafts';
import { currentSchemaVersion, type Report } from '@/model/reportSchema';
import {
  createReportEnvelope,
  restoreReportFromText,
  type RestoreResult,
} from '@/model/restoreReport';
import { restoreReportFromBytesWithPointLists } from '@/model/restoreReportFromBytes';

const exportedAt = '2025-03-14T10:00:00.000Z';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** setAsideDraftPlotPoints of a draft's text. */
function setAsideOf(text: string): ReturnType<typeof setAsideDraftPlotPoints> {
  return setAsideDraftPlotPoints(utf8(text));
}

/** The answer of restoreReportFromBytesWithPointLists with its lists put back in their series. */
function withListsPutBack(bytes: Uint8Array): RestoreResult {
  const restored = restoreReportFromBytesWithPointLists(bytes);
  if (!restored.ok) return restored;
  const { report, appliedMigrations, pointLists } = restored;
  const plots = report.results.plots.map((plot, plotIndex) => ({
    ...plot,
    series: plot.series.map((series, seriesIndex) => {
      const list = pointLists.find(
        (candidate) => candidate.plot === plotIndex && candidate.series === seriesIndex,
      );
      if (list === undefined) return series;
      const points = Array.from({ length: list.values.length / 2 }, (_, index) =>
        packedPointAt(list.values, index),
      );
      return { ...series, points };
    }),
  }));
  return {
    ok: true,
    report: { ...report, results: { ...report.results, plots } },
    appliedMigrations,
  };
}

/** The import's answer for `bytes` is what restoreReportFromText gives for their text. */
function expectSameForBytes(bytes: Uint8Array): void {
  expect(withListsPutBack(bytes)).toEqual(restoreReportFromText(decodeUtf8(bytes)));
}

function expectSameAsRestoreReportFromText(text: string): void {
  expectSameForBytes(utf8(text));
}

/** A draft holding one series whose points are written as `pointsText`. */
function draftWithPointsText(pointsText: string): string {
  const report = createEmptyReport('points-text');
  const plot = {
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
  };
  return JSON.stringify(
    createReportEnvelope(
      { ...report, results: { ...report.results, plots: [plot] } } as unknown as Report,
      exportedAt,
    ),
  ).replace('"POINTS"', pointsText);
}

const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
const point = fc.tuple(finiteNumber, fc.option(finiteNumber, { nil: null }));
describe('setAsideDraftPlotPoints', () => {
  it('reads every number as JSON.parse does, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(writtenJsonNumber, writtenJsonNumber), { maxLength: 30 }),
        (pairs) => {
          const text = draftWithPointsText(`[${pairs.map(([x, y]) => `[${x},${y}]`).join(',')}]`);
          const parsed = pairs.map(([x, y]) => [JSON.parse(x) as number, JSON.parse(y) as number]);
          const setAside = setAsideOf(text);
          if (parsed.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) {
            // A number too large for a double is no plot point: the list stays in the text.
            expect(setAside === undefined || setAside.lists.length === 0).toBe(true);
            return;
          }
          expect(setAside?.lists).toHaveLength(1);
          const values = [...(setAside?.lists[0]?.values ?? [])];
          expect(values).toHaveLength(parsed.length * 2);
          parsed
            .flat()
            .forEach((value, index) => expect(Object.is(values[index], value)).toBe(true));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the text back with each list read written as [], and where it was', () => {
    const report = exampleWithPointLists([
      [
        [1, 2],
        [3, null],
      ],
      [],
      [[-0, 1e-7]],
    ]);
    const text = JSON.stringify(createReportEnvelope(report, exportedAt), null, 2);
    const setAside = setAsideOf(text);
    if (setAside === undefined) throw new Error('Nothing read');
    const parsed = JSON.parse(setAside.text) as { report: Report };
    expect(parsed.report.results.plots.flatMap((plot) => plot.series.map((s) => s.points))).toEqual(
      report.results.plots.flatMap((plot) => plot.series.map(() => [])),
    );
    const seriesPositions = report.results.plots.flatMap((plot, plotIndex) =>
      plot.series.map((_, seriesIndex) => ({ plot: plotIndex, series: seriesIndex })),
    );
    expect(setAside.lists.map(({ plot, series }) => ({ plot, series }))).toEqual(seriesPositions);
    expect([...(setAside.lists[0]?.values ?? [])]).toEqual([1, 2, 3, Number.NaN]);
    const negativeZero = setAsideOf(draftWithPointsText('[[-0,-0.0e5]]'));
    expect([...(negativeZero?.lists[0]?.values ?? [])].every((value) => Object.is(value, -0))).toBe(
      true,
    );
  });

  it.each([
    ['a number too large for a double', '[[1e400,1]]'],
    ['a string', '[["1",2]]'],
    ['a point of one value', '[[1]]'],
    ['a point of three values', '[[1,2,3]]'],
    ['a leading zero', '[[01,2]]'],
    ['a missing x', '[[null,2]]'],
    ['a dot without digits', '[[1.,2]]'],
    ['a trailing comma', '[[1,2],]'],
  ])('leaves in the text a list with %s', (_, pointsText) => {
    expect(setAsideOf(draftWithPointsText(pointsText))).toBeUndefined();
  });

  it('reads nothing when a key on the way to the points is repeated: JSON.parse keeps the last', () => {
    const text = draftWithPointsText('[[1,2]]').replace('"points":', '"points":[[5,6]],"points":');
    expect(setAsideOf(text)).toBeUndefined();
    expectSameAsRestoreReportFromText(text);
  });

  it('reads a key written with escapes as JSON.parse does', () => {
    const text = draftWithPointsText('[[1,2]]').replace('"points":', '"po\\u0069nts":');
    expect(setAsideOf(text)?.lists).toHaveLength(1);
    expectSameAsRestoreReportFromText(text);
  });
});

describe('restoreReportFromBytesWithPointLists', () => {
  it('gives what restoreReportFromText gives, for any points, written compactly or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(point, { maxLength: 20 }), { maxLength: 6 }),
        fc.constantFrom(undefined, 2, '\t'),
        (lists, indent) => {
          const text = JSON.stringify(
            createReportEnvelope(exampleWithPointLists(lists), exportedAt),
            null,
            indent,
          );
          expectSameAsRestoreReportFromText(text);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives what restoreReportFromText gives for any text cut or changed anywhere', () => {
    const text = JSON.stringify(
      createReportEnvelope(
        exampleWithPointLists([
          [
            [1, 2],
            [2.5, null],
          ],
          [[1e21, -3]],
        ]),
        exportedAt,
      ),
    );
    const pointsAt = text.indexOf('"points"');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', ',', ']', '[', '"', '}', '{', '1', ' ', '\\', 'e', '-', 'null', ':'),
        fc.boolean(),
        (at, removed, inserted, nearPoints) => {
          const position = nearPoints ? Math.min(text.length, pointsAt + (at % 400)) : at;
          expectSameAsRestoreReportFromText(
            text.slice(0, position) + inserted + text.slice(position + removed),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives what restoreReportFromText gives for drafts of older versions and bare reports', () => {
    const report = exampleWithPointLists([[[1, 2]], [[3, null]]]);
    const older = JSON.parse(JSON.stringify(createReportEnvelope(report, exportedAt))) as {
      schemaVersion: number;
      report: { schemaVersion: number };
    };
    older.schemaVersion = 1;
    older.report.schemaVersion = 1;
    expectSameAsRestoreReportFromText(JSON.stringify(older));
    expectSameAsRestoreReportFromText(JSON.stringify(report));
  });

  it('gives what restoreReportFromText gives for the text of any bytes changed anywhere', () => {
    const bytes = utf8(
      `\uFEFF${JSON.stringify(
        createReportEnvelope(
          {
            ...exampleWithPointLists([[[1, 2]], [[3, null]]]),
            titlePage: { ...createExampleReport().titlePage, title: 'Étude — 模型 🙂' },
          },
          exportedAt,
        ),
      )}`,
    );
    const pointsAt = bytes.indexOf(0x5b, new TextDecoder().decode(bytes).indexOf('"points"'));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length }),
        fc.integer({ min: 0, max: 3 }),
        fc.uint8Array({ maxLength: 3 }),
        fc.boolean(),
        (at, removed, inserted, nearPoints) => {
          const position = nearPoints ? Math.min(bytes.length, pointsAt + (at % 60)) : at;
          expectSameForBytes(
            new Uint8Array([
              ...bytes.subarray(0, position),
              ...inserted,
              ...bytes.subarray(position + removed),
            ]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('measures the whole text, lists included, as the cap is checked on it', () => {
    const text = `\uFEFF${draftWithPointsText('[[1,2],[3,null]]').replace('"title":""', '"title":"Étude 🙂"')}`;
    const setAside = setAsideOf(text);
    expect(setAside?.textLength).toBe(decodeUtf8(utf8(text)).length);
    expect(setAside?.text).toBe(decodeUtf8(utf8(text)).replace('[[1,2],[3,null]]', '[]'));
  });

  it('refuses as restoreReportFromText does a draft that would grow past the cap when exported', () => {
    // A number written as 1e20 comes back as 100000000000000000000: 4 characters become 21.
    const text = draftWithPointsText(
      `[${Array.from({ length: 700_000 }, () => '[1e20,1e20]').join(',')}]`,
    );
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: currentSchemaVersion });
    const restored = restoreReportFromBytesWithPointLists(utf8(text));
    expect(restored).toMatchObject({
      ok: false,
      message: 'This file is larger than 25 MB, larger than any real report.',
    });
    expect(restored).toEqual(restoreReportFromText(text));
  }, 60_000);

  it('hands each list over as soon as it is read, before anything is checked', () => {
    const text = draftWithPointsText('[[1,2]]').replace('"title":""', '"title":42');
    const handed: number[][] = [];
    const restored = restoreReportFromBytesWithPointLists(utf8(text), ({ values }) =>
      handed.push([...values]),
    );
    expect(restored.ok).toBe(false);
    expect(handed).toEqual([[1, 2]]);
  });

  it('hands the lists over in the order of its answer', () => {
    const report = exampleWithPointLists([[[1, 2]], [], [[3, null]]]);
    const handed: Float64Array[] = [];
    const restored = restoreReportFromBytesWithPointLists(
      utf8(JSON.stringify(createReportEnvelope(report, exportedAt))),
      ({ values }) => handed.push(values),
    );
    expect(restored.ok && restored.pointLists.map(({ values }) => values)).toEqual(handed);
  });
});

describe('sizes of packed point lists', () => {
  it('are those of the list itself: its bound and its JSON text', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (points) => {
        const values = packSeriesPoints(points);
        expect(pointListSizeBound(values)).toBe(jsonSizeUpperBound(points));
        expect(pointListTextLength(values)).toBe(JSON.stringify(points).length);
      }),
      { numRuns: 300 },
    );
  });

  it('let a report be measured with its lists left out', () => {
    const report = exampleWithPointLists([[[1.5, null]], [[1e21, 2]]]);
    const withoutPoints = withSeriesPoints(
      report,
      report.results.plots.flatMap((plot) => plot.series.map(() => [])),
    );
    const lists = report.results.plots.flatMap((plot) =>
      plot.series.map((series) => packSeriesPoints(series.points)),
    );
    const growth = lists.reduce((total, values) => total + pointListTextLength(values) - 2, 0);
    expect(JSON.stringify(withoutPoints).length + growth).toBe(JSON.stringify(report).length);
  });
});
