import './configureZod';
import { typedNumbersSchema, type Report, type TypedNumbers } from './reportSchema';
import { restoreReport, type RestoreFailure } from './restoreReport';
import { isRecord } from './isRecord';
import { packedPointsFit, unpackPlotPoints } from './packedPlotPoints';
import type { PlotPoint } from './sections/results';

/**
 * Drafts saved before schema version 2 kept the typed text of number fields beside the report,
 * with no length limit. Each entry is read on its own: one entry too long for `typedNumbers` once
 * made the whole record fail, and every field's typed text was dropped with it.
 */
function readLegacyFieldInputs(fieldInputs: unknown): TypedNumbers {
  if (typeof fieldInputs !== 'object' || fieldInputs === null || Array.isArray(fieldInputs))
    return {};
  const kept = Object.entries(fieldInputs).filter(
    (entry): entry is [string, string] =>
      typedNumbersSchema.safeParse({ [entry[0]]: entry[1] }).success,
  );
  return Object.fromEntries(kept);
}

/**
 * The stored report with its points put back when they were stored packed (packPlotPoints);
 * undefined when they do not fit its plots. Only the lists' count and lengths are checked here:
 * the points themselves are checked by restoreReport like any other.
 */
function withPackedPoints(
  report: unknown,
  packedPoints: unknown,
  packed: WeakMap<readonly PlotPoint[], Float64Array> | undefined,
): unknown {
  if (packedPoints === undefined) return report;
  if (
    !Array.isArray(packedPoints) ||
    !packedPoints.every((values) => values instanceof Float64Array) ||
    !isRecord(report)
  )
    return undefined;
  // Shape first: a damaged record must fail as a message, not as an exception here.
  const shaped = restoreReport(report);
  if (!shaped.ok) return report;
  const lists = { report: shaped.report, packedPoints: packedPoints as Float64Array[] };
  return packedPointsFit(lists) ? unpackPlotPoints(lists, packed) : undefined;
}

export type DraftRestoreResult =
  { ok: true; report: Report; storedRevision: number } | RestoreFailure;

/**
 * Reads what autosave stored; the report itself goes through restoreReport like every load. With
 * `packed`, plot points stored packed are remembered with their lists, so they are not written again.
 */
export function restoreDraft(
  stored: unknown,
  packed?: WeakMap<readonly PlotPoint[], Float64Array>,
): DraftRestoreResult {
  if (
    typeof stored !== 'object' ||
    stored === null ||
    (stored as { format?: unknown }).format !== 'ml-report-draft'
  ) {
    return {
      ok: false,
      message: 'The saved draft is not in a format this app wrote.',
      details: [],
    };
  }
  const draft = stored as {
    report?: unknown;
    packedPoints?: unknown;
    fieldInputs?: unknown;
    revision?: unknown;
    incomplete?: unknown;
  };
  if (draft.incomplete === true) {
    return {
      ok: false,
      message: 'The saved draft is damaged: parts of it are missing from the browser’s storage.',
      details: [],
    };
  }
  const withPoints = withPackedPoints(draft.report, draft.packedPoints, packed);
  if (withPoints === undefined) {
    return {
      ok: false,
      message: 'The saved draft is damaged: its plot points do not match its plots.',
      details: [],
    };
  }
  const restored = restoreReport(withPoints);
  if (!restored.ok) return restored;
  const typedNumbers = {
    ...readLegacyFieldInputs(draft.fieldInputs),
    ...restored.report.typedNumbers,
  };
  return {
    ok: true,
    report: { ...restored.report, typedNumbers },
    storedRevision: typeof draft.revision === 'number' ? draft.revision : 0,
  };
}
