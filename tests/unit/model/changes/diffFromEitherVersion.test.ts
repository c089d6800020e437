import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffFromEitherVersion } from '@/model/changes/diffFromEitherVersion';
import { recoverJournaledChanges } from '@/model/changes/recoverJournaledChanges';
import { createExampleReport } from '@/model/createExampleReport';
import type { Report } from '@/model/reportSchema';

const example = createExampleReport();
const savedAt = '2026-11-26T10:00:00.000Z';

/** The example with a title, a subtitle and its list of models (kept, dropped, reordered) changed. */
const version: fc.Arbitrary<Report> = fc
  .record({
    title: fc.constantFrom(example.titlePage.title, 'A', 'B'),
    subtitle: fc.constantFrom(example.titlePage.subtitle, 'C'),
    models: fc.subarray(example.models.models),
    reversed: fc.boolean(),
    firstModelName: fc.constantFrom(undefined, 'Renamed'),
  })
  .map(({ title, subtitle, models, reversed, firstModelName }) => {
    const ordered = reversed ? [...models].reverse() : models;
    const [first, ...rest] = ordered;
    const renamed =
      first === undefined || firstModelName === undefined
        ? ordered
        : [{ ...first, name: firstModelName }, ...rest];
    return {
      ...example,
      titlePage: { ...example.titlePage, title, subtitle },
      models: { ...example.models, models: renamed },
    };
  });

describe('diffFromEitherVersion', () => {
  // 300 restores of the example: 8.6 s beside stress --cpu 2, so well above the default 15 s.
  it(
    'recovers the current version on top of the base or of the version being written',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(version, version, version, fc.boolean(), (base, writing, current, tie) => {
          const changedAt = tie ? savedAt : '2026-11-26T10:00:01.000Z';
          const journal = {
            baseRevision: 1,
            changes: diffFromEitherVersion(base, writing, current).map((change) => ({
              ...change,
              changedAt,
            })),
          };
          const onBase = recoverJournaledChanges({ report: base, revision: 1, savedAt }, journal);
          expect(onBase.report).toEqual(current);
          const onWritten = recoverJournaledChanges(
            { report: writing, revision: 2, savedAt },
            journal,
          );
          expect(onWritten.report).toEqual(current);
          expect(onWritten.conflicts).toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
  );
});
