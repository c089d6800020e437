import type { FieldPath } from './fieldPath';
import type { Dataset } from './reportSchema';

/** A dataset's split sizes that a checkbox beside them marks as "no such split". */
export const datasetSplitNoneMarkers = {
  validationSize: 'noValidationSplit',
  testSize: 'noTestSplit',
} as const satisfies { readonly [Key in keyof Dataset]?: keyof Dataset };

/**
 * Number fields that a checkbox can mark as "none", by their owner's path with list ids left out:
 * the field's key and its checkbox's key. Readers see "Test size: none", not the checkbox.
 */
const noneMarkers: { readonly [ownerShape: string]: Readonly<Record<string, string>> } = {
  'setup.datasets': datasetSplitNoneMarkers,
};

function ownerShape(ownerPath: FieldPath): string {
  return ownerPath
    .split('.')
    .map((segment) => segment.split('#')[0] ?? '')
    .join('.');
}

/**
 * How a field reads given the checkboxes that mark fields as none: `none` for a field marked
 * none (a test size when "No test split" is ticked), `marker` for such a checkbox (its meaning is
 * in the field it marks), undefined for every other field.
 */
export function noneMarkingOf(
  ownerPath: FieldPath,
  owner: Readonly<Record<string, unknown>>,
  key: string,
): 'none' | 'marker' | undefined {
  const markers = noneMarkers[ownerShape(ownerPath)];
  if (markers === undefined) return undefined;
  const marker = markers[key];
  if (marker !== undefined) return owner[marker] === true ? 'none' : undefined;
  return Object.values(markers).includes(key) ? 'marker' : undefined;
}
