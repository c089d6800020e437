import { sectionIds } from '../sectionRegistry';

/** The map holding `schemaVersion`, `id` and any top-level report key without a root of its own. */
export const reportRootName = 'report';
/** Report keys held in a root Y.Map of the same name: a root is never replaced, only edited. */
export const rootMapNames: readonly string[] = [...sectionIds, 'typedNumbers'];
/** Report keys held in a root Y.Array of the same name (lists of items with ids). */
export const rootArrayNames: readonly string[] = ['comments'];

export function hasOwnRoot(key: string): boolean {
  return rootMapNames.includes(key) || rootArrayNames.includes(key);
}
