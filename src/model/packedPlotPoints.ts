import type { Report } from './reportSchema';
import type { PlotPoint } from './sections/results';

/**
 * A report whose plot points travel apart from it: each series' points as one Float64Array of
 * x0, y0, x1, y1, … (a point without y has NaN there; points are finite, so NaN is free). Handing
 * one to a worker or to IndexedDB is then a copy of memory, where 1.6 million point arrays held
 * the page for seconds.
 */
export interface PackedReport {
  /** The report with every series' points left empty. */
  report: Report;
  /** The points of each series, in report order (plot by plot, series by series). */
  packedPoints: Float64Array[];
}

/**
 * Points lists packed before, read from storage or unpacked by an import, shared by every place
 * that packs (saving, the export worker): a list is packed once, and one read or written before is
 * not written again. Lists are replaced, never changed in place, so a list is its points.
 */
export const packedPointLists = new WeakMap<readonly PlotPoint[], Float64Array>();

/** One series' points as x0, y0, x1, y1, …, NaN for a point without y. */
export function packSeriesPoints(points: readonly PlotPoint[]): Float64Array<ArrayBuffer> {
  const values = new Float64Array(points.length * 2);
  // An index loop: destructuring each point in forEach took 45-70 ms for the 5 MB bench draft's
  // 294,700 points, this 2-3 ms.
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index];
    values[2 * index] = point?.[0] ?? Number.NaN;
    values[2 * index + 1] = point?.[1] ?? Number.NaN;
  }
  return values;
}

/**
 * Packs every series' points. With `packed`, a list of points packed before (lists are never
 * changed in place, only replaced) is taken from it instead of packed again.
 */
export function packPlotPoints(
  report: Report,
  packed?: WeakMap<readonly PlotPoint[], Float64Array>,
): PackedReport {
  const packedPoints: Float64Array[] = [];
  const plots = report.results.plots.map((plot) => ({
    ...plot,
    series: plot.series.map((series) => {
      let values = packed?.get(series.points);
      if (values === undefined) {
        values = packSeriesPoints(series.points);
        packed?.set(series.points, values);
      }
      packedPoints.push(values);
      return { ...series, points: [] };
    }),
  }));
  return { report: { ...report, results: { ...report.results, plots } }, packedPoints };
}

/** The report with each series' points put back from `pointsOfSeries`, in report order. */
export function withSeriesPoints(
  report: Report,
  pointsOfSeries: readonly (PlotPoint[] | undefined)[],
): Report {
  let seriesIndex = 0;
  const plots = report.results.plots.map((plot) => ({
    ...plot,
    series: plot.series.map((series) => {
      const points = pointsOfSeries[seriesIndex];
      seriesIndex += 1;
      return points === undefined ? series : { ...series, points };
    }),
  }));
  return { ...report, results: { ...report.results, plots } };
}

/** The point at `index` of packed values, y null where it was packed as NaN. */
export function packedPointAt(values: Float64Array, index: number): PlotPoint {
  const y = values[2 * index + 1] ?? Number.NaN;
  return [values[2 * index] ?? Number.NaN, Number.isNaN(y) ? null : y];
}

/** Whether packed points fit the report they came with: one list per series, x and y each. */
export function packedPointsFit({ report, packedPoints }: PackedReport): boolean {
  const seriesCount = report.results.plots.reduce((total, plot) => total + plot.series.length, 0);
  return (
    packedPoints.length === seriesCount && packedPoints.every((values) => values.length % 2 === 0)
  );
}

/**
 * The report with its points put back at once (a saved draft, read before anything is shown).
 * With `packed`, each rebuilt list is remembered with its packed values, for `packPlotPoints`.
 */
export function unpackPlotPoints(
  { report, packedPoints }: PackedReport,
  packed?: WeakMap<readonly PlotPoint[], Float64Array>,
): Report {
  return withSeriesPoints(
    report,
    packedPoints.map((values) => {
      const points = Array.from({ length: values.length / 2 }, (_, index) =>
        packedPointAt(values, index),
      );
      packed?.set(points, values);
      return points;
    }),
  );
}

/**
 * Points rebuilt per step of `unpackPlotPointsInSteps` on a page: some 20 ms of this machine's
 * (2 cores, shared), where 50,000 took 80-90 ms a step while opening the 16x bench report.
 */
export const pointsRebuiltPerStep = 10_000;

export interface UnpackOptions {
  /** How many points to rebuild before `betweenSteps` is awaited. */
  pointsPerStep: number;
  /** Lets the page paint and take input; resolves false to stop. */
  betweenSteps: () => Promise<boolean>;
  /** Remembers each rebuilt list with its packed values, for `packPlotPoints` to take. */
  packed?: WeakMap<readonly PlotPoint[], Float64Array>;
}

/** Packed lists rebuilt as points, a step at a time; undefined when stopped. */
export async function unpackPointListsInSteps(
  lists: readonly Float64Array[],
  { pointsPerStep, betweenSteps, packed }: UnpackOptions,
): Promise<PlotPoint[][] | undefined> {
  const rebuilt: PlotPoint[][] = [];
  let sinceStep = 0;
  for (const values of lists) {
    const count = values.length / 2;
    const points: PlotPoint[] = [];
    for (let index = 0; index < count; index += 1) {
      points.push(packedPointAt(values, index));
      sinceStep += 1;
      if (sinceStep >= pointsPerStep) {
        sinceStep = 0;
        if (!(await betweenSteps())) return undefined;
      }
    }
    packed?.set(points, values);
    rebuilt.push(points);
  }
  return rebuilt;
}

/** The report with its points put back, a step at a time; undefined when stopped. */
export async function unpackPlotPointsInSteps(
  { report, packedPoints }: PackedReport,
  options: UnpackOptions,
): Promise<Report | undefined> {
  const rebuilt = await unpackPointListsInSteps(packedPoints, options);
  return rebuilt === undefined ? undefined : withSeriesPoints(report, rebuilt);
}
