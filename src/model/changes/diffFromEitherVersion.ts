import type { Report } from '../reportSchema';
import { diffFields } from './diffFields';
import type { FieldChange } from './fieldChange';
import { readFieldAtPath } from './readFieldAtPath';

function samePath(first: FieldChange, second: FieldChange): boolean {
  return JSON.stringify(first.path) === JSON.stringify(second.path);
}

/**
 * The changes that turn either `base` or `writing` into `current`, for a journal kept while a write
 * of `writing` over `base` is in flight: a crash can leave either one stored. Applied in order to
 * `base` they give `current`; each `before` is the value in `writing`, so on top of it they read as
 * made on it (a field put back to its `base` value is among them, which a diff from `base` misses).
 */
export function diffFromEitherVersion(
  base: Report,
  writing: Report,
  current: Report,
): FieldChange[] {
  const sinceWriting = diffFields(writing, current);
  const sinceBase = diffFields(base, current).flatMap((change) => {
    const written = readFieldAtPath(writing, change.path);
    // A place `writing` lacks lies inside a change since `writing`, which brings it along.
    if (!written.found || sinceWriting.some((other) => samePath(other, change))) return [];
    return [{ ...change, before: written.value }];
  });
  return [...sinceBase, ...sinceWriting];
}
