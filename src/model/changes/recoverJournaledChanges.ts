import type { Report } from '../reportSchema';
import { restoreReport } from '../restoreReport';
import { applyFieldChange } from './applyFieldChange';
import type { FieldChange } from './fieldChange';
import { isSameJsonValue } from './isSameJsonValue';
import { readFieldAtPath } from './readFieldAtPath';

export interface JournaledChange extends FieldChange {
  changedAt: string;
}

export interface StoredVersion {
  report: Report;
  revision: number;
  /** When the stored version was written; undefined when nothing is stored. */
  savedAt: string | undefined;
}

export interface JournalRecovery {
  /** The stored report with the recovered changes, through restoreReport. */
  report: Report;
  /** Changes put back into the report (for a conflict: the newer side was ours). */
  recovered: JournaledChange[];
  /** Ours, changed later by another save too: the newer value is kept, ours in `ourVersion`. */
  conflicts: JournaledChange[];
  /** The whole journaled version (stored plus every change that still fits), when a conflict lost ours. */
  ourVersion: Report | undefined;
  /** The stored version, when one of its values lost to a newer change of ours. */
  replacedVersion: Report | undefined;
}

function validated(report: Report): Report | undefined {
  const restored = restoreReport(report);
  return restored.ok ? restored.report : undefined;
}

/** Applies the changes that still fit and keep the report valid, in order. */
function applyEach(report: Report, changes: readonly JournaledChange[]) {
  let current = report;
  const applied: JournaledChange[] = [];
  for (const change of changes) {
    const next = applyFieldChange(current, change);
    if (next !== undefined) {
      current = next;
      applied.push(change);
    }
  }
  const whole = validated(current);
  if (whole !== undefined) return { report: whole, applied };
  // A value that does not fit (a hand-edited journal, an older format): keep every one that does.
  let kept = report;
  const keptChanges: JournaledChange[] = [];
  for (const change of applied) {
    const next = applyFieldChange(kept, change);
    const valid = next === undefined ? undefined : validated(next);
    if (valid !== undefined) {
      kept = valid;
      keptChanges.push(change);
    }
  }
  return { report: kept, applied: keptChanges };
}

/**
 * Puts edits that never reached storage back on top of what storage holds, as a three-way merge
 * per field: a field nobody else changed since gets ours; a field another save changed too gets
 * the newer value, and the other version is returned whole so it can be kept under a name.
 */
export function recoverJournaledChanges(
  stored: StoredVersion,
  journal: { baseRevision: number; changes: readonly JournaledChange[] },
): JournalRecovery {
  const madeOnStoredVersion = journal.baseRevision >= stored.revision;
  const take: JournaledChange[] = [];
  const conflicts: JournaledChange[] = [];
  let ourNewerThanStored = false;
  for (const change of journal.changes) {
    const current = readFieldAtPath(stored.report, change.path);
    if (current.found && isSameJsonValue(current.value, change.value)) continue;
    const untouchedSince =
      madeOnStoredVersion || (current.found && isSameJsonValue(current.value, change.before));
    if (untouchedSince) {
      take.push(change);
      continue;
    }
    const oursIsNewer = stored.savedAt === undefined || change.changedAt > stored.savedAt;
    if (oursIsNewer && current.found) {
      take.push(change);
      ourNewerThanStored = true;
    } else conflicts.push(change);
  }
  const { report, applied } = applyEach(stored.report, take);
  const ourVersion =
    conflicts.length === 0 ? undefined : applyEach(stored.report, journal.changes).report;
  return {
    report,
    recovered: applied,
    conflicts,
    ourVersion,
    replacedVersion: ourNewerThanStored ? stored.report : undefined,
  };
}
