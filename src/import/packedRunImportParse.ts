import { packedPointAt, packSeriesPoints } from '@/model/packedPlotPoints';
import type { RunFileResult, RunImportParse, RunPoint, RunSeries } from './runImportTypes';

/** One series' points and epoch points, packed as x0, y0, x1, y1, … with NaN for a gap. */
export interface PackedRunSeriesPoints {
  points: Float64Array<ArrayBuffer>;
  byEpoch: Float64Array<ArrayBuffer> | null;
}

/**
 * A parse whose series points travel apart from it, so the worker hands them to the page as a
 * copy of memory: cloning the point arrays of 200 series took the page over a second.
 */
export interface PackedRunImportParse {
  /** The parse with every series' points and epoch points left empty. */
  parse: RunImportParse;
  /** The points of each series of `parse.series`, in its order. */
  packedSeries: PackedRunSeriesPoints[];
}

function withoutPoints(series: RunSeries): RunSeries {
  return { ...series, points: [], byEpoch: series.byEpoch === null ? null : [] };
}

/**
 * Series stand in `parse.series` and in their file's `series` as the same objects; `replace` maps
 * each to its new version in both places, so the two stay one object after packing or unpacking.
 */
function replaceSeries(
  parse: RunImportParse,
  replace: (series: RunSeries, index: number) => RunSeries,
): RunImportParse {
  const replaced = new Map<RunSeries, RunSeries>();
  const series = parse.series.map((entry, index) => {
    const next = replace(entry, index);
    replaced.set(entry, next);
    return next;
  });
  const files = parse.files.map((file): RunFileResult => ({
    ...file,
    series: file.series.map((entry) => replaced.get(entry) ?? entry),
  }));
  return { ...parse, files, series };
}

export function packRunImportParse(parse: RunImportParse): PackedRunImportParse {
  const packedSeries = parse.series.map((series) => ({
    points: packSeriesPoints(series.points),
    byEpoch: series.byEpoch === null ? null : packSeriesPoints(series.byEpoch),
  }));
  return { parse: replaceSeries(parse, withoutPoints), packedSeries };
}

/** The buffers to transfer with a packed parse: each is moved, not copied, and gone from the sender. */
export function packedRunImportBuffers({ packedSeries }: PackedRunImportParse): ArrayBuffer[] {
  return packedSeries.flatMap(({ points, byEpoch }) =>
    byEpoch === null ? [points.buffer] : [points.buffer, byEpoch.buffer],
  );
}

export interface UnpackRunImportOptions {
  /** How many points to rebuild before `betweenSteps` is awaited. */
  pointsPerStep: number;
  /** Lets the page paint and take input between steps. */
  betweenSteps: () => Promise<void>;
}

/** The parse with its series points put back, a step at a time. */
export async function unpackRunImportParseInSteps(
  { parse, packedSeries }: PackedRunImportParse,
  { pointsPerStep, betweenSteps }: UnpackRunImportOptions,
): Promise<RunImportParse> {
  let sinceStep = 0;
  const unpack = async (values: Float64Array): Promise<RunPoint[]> => {
    const points: RunPoint[] = [];
    for (let index = 0; index < values.length / 2; index += 1) {
      points.push(packedPointAt(values, index));
      sinceStep += 1;
      if (sinceStep >= pointsPerStep) {
        sinceStep = 0;
        await betweenSteps();
      }
    }
    return points;
  };
  const rebuilt: { points: RunPoint[]; byEpoch: RunPoint[] | null }[] = [];
  for (const { points, byEpoch } of packedSeries) {
    rebuilt.push({
      points: await unpack(points),
      byEpoch: byEpoch === null ? null : await unpack(byEpoch),
    });
  }
  return replaceSeries(parse, (series, index) => ({ ...series, ...rebuilt[index] }));
}
