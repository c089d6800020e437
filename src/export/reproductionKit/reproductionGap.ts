import type { FieldPath } from '@/model/fieldPath';

/**
 * Something the report lacks for an exact rerun, on the field that would give it: the kit's README
 * lists it and the export dialog links it to that field.
 */
export interface ReproductionGap {
  path: FieldPath;
  /** Where the field sits, as the user reads it: `Models and approach › Model A › Hyperparameters`. */
  location: string;
  /** The field's label as on screen: `Optimizer`. */
  fieldLabel: string;
  /** What is missing and what the kit does instead, as one sentence. */
  message: string;
}
