import type { SectionId } from '../sectionRegistry';

/** A piece of rich text in a difference: kept, or deleted from the old text, or inserted. */
export interface TextSegment {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/**
 * One difference, at a place named for a person: the field's label after the section, with the
 * list item's name when it sits in one (`Models and approach › Model A › Learning rate`).
 */
export type FieldDifference =
  | { kind: 'value'; place: readonly string[]; before: string; after: string }
  | { kind: 'richText'; place: readonly string[]; segments: readonly TextSegment[] }
  | {
      kind: 'item';
      place: readonly string[];
      change: 'added' | 'removed' | 'moved';
      name: string;
    }
  | {
      kind: 'figure';
      place: readonly string[];
      change: 'added' | 'removed' | 'changed';
      /** The figure's data summarised: its kind, series and points, axes. */
      before: string;
      after: string;
      details: readonly string[];
    };

export interface SectionDifference {
  sectionId: SectionId;
  number: number;
  title: string;
  differences: readonly FieldDifference[];
}

/** What changed from one version of a report to another, section by section in report order. */
export interface ReportDifference {
  sections: readonly SectionDifference[];
  /** How many differences in all. */
  count: number;
}
