import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packedRunImportBuffers,
  packRunImportParse,
  unpackRunImportParseInSteps,
  type PackedRunImportParse,
} from '@/import/packedRunImportParse';
import { parseRunFiles } from '@/import/parseRunFiles';
import type { RunImportParse, RunPoint, RunSeries } from '@/import/runImportTypes';
import { listFiles, readRunFixture, runFixturesRoot } from './support/readRunFixture';
import { parseQloraRunFolder } from './support/runFolderParse';

const point = fc.tuple(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
);

function unpackAtOnce(packed: PackedRunImportParse): Promise<RunImportParse> {
  return unpackRunImportParseInSteps(packed, {
    pointsPerStep: Number.POSITIVE_INFINITY,
    betweenSteps: () => Promise.resolve(),
  });
}

/** The QLoRA run folder's parse with its first series' points and epoch points replaced. */
function withPoints(points: RunPoint[], byEpoch: RunPoint[] | null): RunImportParse {
  const parse = parseQloraRunFolder();
  const [first] = parse.series;
  if (first === undefined) throw new Error('the QLoRA run folder has no series');
  const replaced: RunSeries = { ...first, points, byEpoch };
  return {
    ...parse,
    series: parse.series.map((series) => (series === first ? replaced : series)),
    files: parse.files.map((file) => ({
      ...file,
      series: file.series.map((series) => (series === first ? replaced : series)),
    })),
  };
}

describe('packed run-import parse', () => {
  it('comes back as it was from the run folders, series points and epoch points included', async () => {
    const parses = [
      parseQloraRunFolder(),
      parseRunFiles(listFiles(runFixturesRoot, 'own/wandb').map(readRunFixture)),
      parseRunFiles(listFiles(runFixturesRoot, 'own/lightning').map(readRunFixture)),
    ];
    expect(parses.some((parse) => parse.series.some((series) => series.byEpoch !== null))).toBe(
      true,
    );
    for (const parse of parses) {
      expect(parse.series.length).toBeGreaterThan(0);
      const before = structuredClone(parse);
      const packed = packRunImportParse(parse);
      expect(parse).toEqual(before);
      expect(
        packed.parse.series.every(
          (series) => series.points.length === 0 && (series.byEpoch?.length ?? 0) === 0,
        ),
      ).toBe(true);
      expect(packed.packedSeries).toHaveLength(parse.series.length);
      expect(await unpackAtOnce(packed)).toEqual(parse);
    }
  });

  it('keeps each series one object in the parse and in its file', async () => {
    const parse = parseQloraRunFolder();
    const unpacked = await unpackAtOnce(packRunImportParse(parse));
    const inFiles = unpacked.files.flatMap((file) => file.series);
    expect(inFiles).toHaveLength(unpacked.series.length);
    inFiles.forEach((series, index) => expect(series).toBe(unpacked.series[index]));
  });

  it('survives a transfer: the buffers move and the points arrive', async () => {
    const parse = parseQloraRunFolder();
    const packed = packRunImportParse(parse);
    const buffers = packedRunImportBuffers(packed);
    const expectedBuffers = parse.series.reduce(
      (count, series) => count + (series.byEpoch === null ? 1 : 2),
      0,
    );
    expect(buffers).toHaveLength(expectedBuffers);
    const arrived = structuredClone(packed, { transfer: buffers });
    expect(packed.packedSeries.every(({ points }) => points.length === 0)).toBe(true);
    expect(await unpackAtOnce(arrived)).toEqual(parse);
  });

  it('keeps every point and gap, at once or a step at a time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(point, { maxLength: 60 }),
        fc.option(fc.array(point, { maxLength: 60 }), { nil: null }),
        fc.integer({ min: 1, max: 50 }),
        async (points, byEpoch, pointsPerStep) => {
          const parse = withPoints(points, byEpoch);
          const packed = packRunImportParse(parse);
          let steps = 0;
          const stepped = await unpackRunImportParseInSteps(packed, {
            pointsPerStep,
            betweenSteps: () => {
              steps += 1;
              return Promise.resolve();
            },
          });
          expect(stepped).toEqual(parse);
          const total = parse.series.reduce(
            (sum, series) => sum + series.points.length + (series.byEpoch?.length ?? 0),
            0,
          );
          expect(steps).toBe(Math.floor(total / pointsPerStep));
        },
      ),
      { numRuns: 40 },
    );
  });
});
