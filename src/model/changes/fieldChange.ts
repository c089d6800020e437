/** One step of a change's path: a property, or the item with this id in the list the path is at. */
export type ChangePathStep = string | { id: string };

/** A value that differs between two versions of a report: its place and its new value. */
export interface FieldChange {
  path: readonly ChangePathStep[];
  value: unknown;
  /** The value it replaced, so a later reader can tell whether someone else changed it since. */
  before: unknown;
}
