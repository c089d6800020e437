import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packPlotPoints,
  packedPointsFit,
  unpackPlotPoints,
  unpackPlotPointsInSteps,
} from '@/model/packedPlotPoints';
import type { PlotPoint } from '@/model/sections/results';
import { restoreDraft } from '@/model/restoreDraft';
import { exampleWithPointLists } from './support/plotPointDrafts';

const point = fc.tuple(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
);

describe('packed plot points', () => {
  it('come back as they were, at once or a step at a time, a missing y included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(point, { maxLength: 40 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 50 }),
        async (lists, pointsPerStep) => {
          const report = exampleWithPointLists(lists);
          const packed = packPlotPoints(report);
          expect(packedPointsFit(packed)).toBe(true);
          expect(
            packed.report.results.plots.every((plot) =>
              plot.series.every((series) => series.points.length === 0),
            ),
          ).toBe(true);
          expect(unpackPlotPoints(packed)).toEqual(report);
          let steps = 0;
          const stepped = await unpackPlotPointsInSteps(packed, {
            pointsPerStep,
            betweenSteps: () => {
              steps += 1;
              return Promise.resolve(true);
            },
          });
          expect(stepped).toEqual(report);
          const total = lists.reduce((sum, list) => sum + list.length, 0);
          expect(steps).toBe(Math.floor(total / pointsPerStep));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stop when told to, and give nothing back', async () => {
    const packed = packPlotPoints(
      exampleWithPointLists([Array.from({ length: 100 }, (_, x) => [x, x])]),
    );
    const stopped = await unpackPlotPointsInSteps(packed, {
      pointsPerStep: 10,
      betweenSteps: () => Promise.resolve(false),
    });
    expect(stopped).toBeUndefined();
  });

  it('pack a list once: a list packed before is taken as it was', () => {
    const report = exampleWithPointLists([[[1, 2]], [[3, null]]]);
    const packed = new WeakMap<readonly PlotPoint[], Float64Array>();
    const first = packPlotPoints(report, packed);
    const second = packPlotPoints(report, packed);
    expect(second.packedPoints[0]).toBe(first.packedPoints[0]);
    expect(second.packedPoints[1]).toBe(first.packedPoints[1]);
  });
});

describe('restoreDraft with packed points', () => {
  const report = exampleWithPointLists([
    [
      [0, 1.5],
      [1, null],
    ],
    [[2, -3]],
  ]);

  it('puts them back into the report', () => {
    const { report: withoutPoints, packedPoints } = packPlotPoints(report);
    const restored = restoreDraft({
      format: 'ml-report-draft',
      revision: 3,
      savedAt: '2026-12-03T00:00:00.000Z',
      report: withoutPoints,
      packedPoints,
    });
    expect(restored).toEqual({ ok: true, report, storedRevision: 3 });
  });

  it('refuses points that do not match the plots, saying so', () => {
    const { report: withoutPoints, packedPoints } = packPlotPoints(report);
    for (const damaged of [
      packedPoints.slice(1),
      [new Float64Array(3), ...packedPoints.slice(1)],
      ['x'],
    ]) {
      expect(
        restoreDraft({
          format: 'ml-report-draft',
          revision: 3,
          savedAt: '2026-12-03T00:00:00.000Z',
          report: withoutPoints,
          packedPoints: damaged,
        }),
      ).toMatchObject({
        ok: false,
        message: 'The saved draft is damaged: its plot points do not match its plots.',
      });
    }
  });

  it('refuses a packed x that is not a number, as restoreReport refuses any point', () => {
    const { report: withoutPoints, packedPoints } = packPlotPoints(report);
    const values = new Float64Array(packedPoints[0] ?? []);
    values[0] = Number.NaN;
    const restored = restoreDraft({
      format: 'ml-report-draft',
      revision: 3,
      savedAt: '2026-12-03T00:00:00.000Z',
      report: withoutPoints,
      packedPoints: [values, ...packedPoints.slice(1)],
    });
    expect(restored.ok).toBe(false);
  });
});
