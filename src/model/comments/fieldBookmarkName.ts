import type { FieldPath } from '../fieldPath';
import { createContentHasher } from '../versions/hashReportContent';

/**
 * Word bookmark names are at most 40 characters, start with a letter and hold only letters,
 * digits and `_`; field paths are longer and hold `.` and `#`. A field's bookmark is `f_` and the
 * 53-bit cyrb53 hash of its path in hex (16 characters); the importer finds the field again by
 * hashing every path of the open report (`listReportFieldPaths`), so no table travels with the file.
 */
export function fieldBookmarkName(path: FieldPath): string {
  const hasher = createContentHasher();
  hasher.add(path);
  return `f_${hasher.digest()}`;
}

/** A section heading's bookmark: `s_` and the section id (letters only). */
export function sectionBookmarkName(sectionId: string): string {
  return `s_${sectionId}`;
}

export const fieldBookmarkPrefix = 'f_';
export const sectionBookmarkPrefix = 's_';
