import './configureZod';
import { z } from 'zod';
import type { FieldInputs } from './reportIssues';
import type { Report } from './reportSchema';
import { restoreReport, type RestoreFailure } from './restoreReport';

const fieldInputsSchema = z.record(z.string().max(1000), z.string().max(10_000));

export type DraftRestoreResult =
  { ok: true; report: Report; fieldInputs: FieldInputs; storedRevision: number } | RestoreFailure;

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
  const inputs = fieldInputsSchema.safeParse(draft.fieldInputs ?? {});
  return {
    ok: true,
    report: restored.report,
    fieldInputs: inputs.success ? Object.fromEntries(Object.entries(inputs.data)) : {},
    storedRevision: typeof draft.revision === 'number' ? draft.revision : 0,
  };
}
