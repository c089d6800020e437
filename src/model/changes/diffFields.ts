import type { ChangePathStep, FieldChange } from './fieldChange';
import { isSameJsonValue } from './isSameJsonValue';
import { isRecord } from '../isRecord';

/** Rich text is one field: merging inside it could splice two people's sentences together. */
function isAtomic(value: unknown): boolean {
  return isRecord(value) && value['type'] === 'doc';
}

function itemIds(list: readonly unknown[]): string[] | undefined {
  const ids: string[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item['id'] !== 'string') return undefined;
    ids.push(item['id']);
  }
  return ids;
}

function sameKeys(first: Record<string, unknown>, second: Record<string, unknown>): boolean {
  const firstKeys = Object.keys(first);
  return (
    firstKeys.length === Object.keys(second).length &&
    firstKeys.every((key) => Object.hasOwn(second, key))
  );
}

/**
 * The fields in which `next` differs from `base`, as small as they can be named: a property, an
 * item of a list by its id, a whole rich-text document. A list whose items were added, removed or
 * reordered, or a record whose keys changed, is one change. Unchanged branches are skipped by
 * identity, so a report that shares its untouched sections with its base costs a few steps.
 */
export function diffFields(base: unknown, next: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (before: unknown, after: unknown, path: ChangePathStep[]): void => {
    if (Object.is(before, after)) return;
    if (isRecord(before) && isRecord(after) && !isAtomic(before) && !isAtomic(after)) {
      if (!sameKeys(before, after)) {
        if (!isSameJsonValue(before, after)) changes.push({ path, value: after, before });
        return;
      }
      for (const key of Object.keys(after)) walk(before[key], after[key], [...path, key]);
      return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      const beforeIds = itemIds(before);
      const afterIds = itemIds(after);
      if (
        beforeIds !== undefined &&
        afterIds !== undefined &&
        beforeIds.length === afterIds.length &&
        beforeIds.every((id, index) => afterIds[index] === id)
      ) {
        after.forEach((item: unknown, index) => {
          walk(before[index], item, [...path, { id: afterIds[index] ?? '' }]);
        });
        return;
      }
    }
    // A leaf, a rich-text document or a list without ids: a change only when it differs in content
    // (a version read back from storage shares no object with the one in memory).
    if (!isSameJsonValue(before, after)) changes.push({ path, value: after, before });
  };
  walk(base, next, []);
  return changes;
}
