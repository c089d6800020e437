import { decodeUtf8 } from './decodeUtf8';
import {
  pointListSizeBound,
  pointListTextLength,
  setAsideDraftPlotPoints,
  type DraftPointList,
} from './draftPlotPoints';
import type { Report } from './reportSchema';
import {
  maximumImportBytes,
  refuseGrowth,
  restoreReport,
  restoreReportFromText,
  type PointsHeldApart,
  type RestoreFailure,
} from './restoreReport';

export type RestoreWithPointListsResult =
  | {
      ok: true;
      /** The report, the series of `pointLists` with their points left empty. */
      report: Report;
      appliedMigrations: string[];
      pointLists: DraftPointList[];
    }
  | RestoreFailure;

/**
 * restoreReportFromText for a draft's UTF-8 bytes, with its plot point lists read apart and
 * packed (setAsideDraftPlotPoints) instead of kept as an array per point until the checks end: the
 * same answer, each list read that way empty in `report` and given in `pointLists`.
 * `onPointListRead` has each of those lists as soon as it is read, before anything is checked; a
 * list is in the answer only once the report is. A draft this cannot read so, or refuses, is
 * decoded whole and read by restoreReportFromText itself.
 */
export function restoreReportFromBytesWithPointLists(
  bytes: Uint8Array,
  onPointListRead: (list: DraftPointList) => void = () => undefined,
): RestoreWithPointListsResult {
  const asItIs = (): RestoreWithPointListsResult => {
    const restored = restoreReportFromText(decodeUtf8(bytes));
    return restored.ok ? { ...restored, pointLists: [] } : restored;
  };
  // A NUL byte is a NUL character, and the bytes of a text never fewer than its characters.
  if (bytes.length > maximumImportBytes || bytes.includes(0)) return asItIs();
  const setAside = setAsideDraftPlotPoints(bytes, onPointListRead);
  if (setAside === undefined) return asItIs();
  let value: unknown;
  try {
    value = JSON.parse(setAside.text);
  } catch {
    return asItIs();
  }
  const restored = restoreReport(value);
  // Migrations may move or remake lists, and refusals name what they find: both as it is.
  if (
    !restored.ok ||
    restored.appliedMigrations.length > 0 ||
    !listsHaveTheirSeries(restored.report, setAside.lists)
  )
    return asItIs();
  return (
    refuseGrowth(restored.report, setAside.textLength, heldApart(setAside.lists)) ?? {
      ...restored,
      pointLists: setAside.lists,
    }
  );
}

function listsHaveTheirSeries(report: Report, lists: readonly DraftPointList[]): boolean {
  return lists.every(
    ({ plot, series }) => report.results.plots[plot]?.series[series]?.points.length === 0,
  );
}

/** What the lists add to the report's JSON once written back in their series (each `[]` now). */
function heldApart(lists: readonly DraftPointList[]): PointsHeldApart {
  const added = (measure: (values: Float64Array) => number) => () =>
    lists.reduce((total, { values }) => total + measure(values) - 2, 0);
  return { sizeBound: added(pointListSizeBound), textLength: added(pointListTextLength) };
}
