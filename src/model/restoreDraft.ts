import './configureZod';
import { z } from 'zod';
import type { Report } from './reportSchema';
import { restoreReport, type RestoreFailure } from './restoreReport';

/** Drafts saved before schema version 2 kept the typed text of number fields beside the report. */
const legacyFieldInputsSchema = z.record(z.string().max(1000), z.string().max(10_000));

export type DraftRestoreResult =
  { ok: true; report: Report; storedRevision: number } | RestoreFailure;

/** Reads what autosave stored; the report itself goes through restoreReport like every load. */
export function restoreDraft(stored: unknown): DraftRestoreResult {
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
  const draft = stored as { report?: unknown; fieldInputs?: unknown; revision?: unknown };
  const restored = restoreReport(draft.report);
  if (!restored.ok) return restored;
  const legacyInputs = legacyFieldInputsSchema.safeParse(draft.fieldInputs ?? {});
  const typedNumbers = legacyInputs.success
    ? { ...Object.fromEntries(Object.entries(legacyInputs.data)), ...restored.report.typedNumbers }
    : restored.report.typedNumbers;
  return {
    ok: true,
    report: { ...restored.report, typedNumbers },
    storedRevision: typeof draft.revision === 'number' ? draft.revision : 0,
  };
}
