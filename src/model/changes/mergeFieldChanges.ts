import { applyFieldChange } from './applyFieldChange';
import { changePathsOverlap } from './changePathsOverlap';
import { diffFields } from './diffFields';
import type { FieldChange } from './fieldChange';
import { isSameJsonValue } from './isSameJsonValue';

export interface FieldMerge<Root> {
  /** Ours with every change of theirs that touches no field we changed. */
  merged: Root;
  /** Their changes that touch a field we changed too, to a different value. */
  conflicts: FieldChange[];
  /** Their changes taken into `merged`. */
  taken: FieldChange[];
}

/**
 * A three-way merge per field against the version both started from: changes to different fields
 * are combined, the same change made twice is one, and a field changed differently on both sides
 * is a conflict left as ours.
 */
export function mergeFieldChanges<Root>(base: Root, ours: Root, theirs: Root): FieldMerge<Root> {
  const ourChanges = diffFields(base, ours);
  const conflicts: FieldChange[] = [];
  const taken: FieldChange[] = [];
  let merged = ours;
  for (const change of diffFields(base, theirs)) {
    const clashes = ourChanges.some(
      (ourChange) =>
        changePathsOverlap(ourChange.path, change.path) &&
        !(
          ourChange.path.length === change.path.length &&
          isSameJsonValue(ourChange.value, change.value)
        ),
    );
    const next = clashes ? undefined : applyFieldChange(merged, change);
    if (next === undefined) conflicts.push(change);
    else {
      merged = next;
      taken.push(change);
    }
  }
  return { merged, conflicts, taken };
}
