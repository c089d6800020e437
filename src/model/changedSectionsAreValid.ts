import { z } from 'zod';
import { commentThreadsSchema } from './comments/commentThreadSchema';
import { isRecord } from './isRecord';
import { typedNumbersSchema, type Report } from './reportSchema';
import { getSectionDefinition, isSectionId } from './sectionRegistry';
import { isCompleteValue } from './sections/fieldSchemas';

/**
 * Validates only the fields of a section that changed (the previous value was valid): parsing the
 * whole results section, plot points included, on every key typed in its metric table cost 50 ms.
 */
function changedSectionIsValid(schema: z.ZodType, previous: unknown, next: unknown): boolean {
  if (!isPlainObjectSchema(schema) || !isRecord(previous) || !isRecord(next))
    return isCompleteValue(schema, next);
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    if (next[key] === previous[key]) continue;
    if (!changedFieldIsValid(fieldSchema, previous[key], next[key])) return false;
  }
  return true;
}

function hasSameIds(previous: readonly unknown[], next: readonly unknown[]): boolean {
  return (
    previous.length === next.length &&
    next.every((item, index) => {
      const before = previous[index];
      return isRecord(item) && isRecord(before) && item['id'] === before['id'];
    })
  );
}

/**
 * A list whose items keep their ids and order has only its changed items checked: the list's own
 * checks (length, unique ids) hold as before, and checking all 20 models of the large bench
 * report on every key typed into one took 7 ms.
 */
function changedFieldIsValid(schema: z.ZodType, previous: unknown, next: unknown): boolean {
  const inner = schema instanceof z.ZodDefault ? schema._zod.def.innerType : schema;
  if (inner instanceof z.ZodArray && Array.isArray(previous) && Array.isArray(next)) {
    const itemSchema = inner.element as z.ZodType;
    if (hasSameIds(previous, next))
      return next.every(
        (item, index) => item === previous[index] || isCompleteValue(itemSchema, item),
      );
    if (!hasChecks(inner)) return itemsAreValid(itemSchema, previous, next);
  }
  if (isPlainObjectSchema(inner) && isRecord(previous) && isRecord(next))
    return changedSectionIsValid(inner, previous, next);
  if (inner instanceof z.ZodOptional && next !== undefined && previous !== undefined) {
    const present = inner._zod.def.innerType;
    if (present instanceof z.ZodType) return changedFieldIsValid(present, previous, next);
  }
  return isCompleteValue(schema, next);
}

function hasChecks(schema: z.ZodType): boolean {
  return (schema._zod.def.checks?.length ?? 0) > 0;
}

/** An object whose validity is its fields' only: no checks of its own, no rule for other keys. */
function isPlainObjectSchema(schema: unknown): schema is z.ZodObject {
  return (
    schema instanceof z.ZodObject && !hasChecks(schema) && schema._zod.def.catchall === undefined
  );
}

/**
 * A list without checks of its own is valid when each item is: an item that is an item of the
 * valid previous list (rich text keeps the blocks not typed into) needs no check.
 */
function itemsAreValid(
  itemSchema: z.ZodType,
  previous: readonly unknown[],
  next: readonly unknown[],
): boolean {
  const known = new Set(previous);
  return next.every((item) => known.has(item) || isCompleteValue(itemSchema, item));
}

/**
 * Whether `next`, made from the valid `previous` by changing some of its parts (unchanged parts are
 * the same objects), is valid: only what changed is checked, down to list items.
 */
export function changedSectionsAreValid(previous: Report, next: Report): boolean {
  if (next.schemaVersion !== previous.schemaVersion || next.id !== previous.id) return false;
  if (
    next.typedNumbers !== previous.typedNumbers &&
    !isCompleteValue(typedNumbersSchema, next.typedNumbers)
  )
    return false;
  if (next.comments !== previous.comments && !isCompleteValue(commentThreadsSchema, next.comments))
    return false;
  for (const key of Object.keys(next) as (keyof Report)[]) {
    if (next[key] === previous[key] || !isSectionId(key)) continue;
    const definition = getSectionDefinition(key);
    if (!changedSectionIsValid(definition.schema, previous[key], next[key])) return false;
  }
  return true;
}
