import '../configureZod';
import { z } from 'zod';
import { createEmptyRichText, richTextSchema } from '../richText';

/**
 * The building blocks of every section schema. Each leaf has a default, so the empty report is
 * the schema parsed from nothing, and a stored report that lacks a field added later opens with
 * that field empty instead of failing: only renames and reshapes need a named migration.
 */

let filledDefaultCount = 0;

/** Each default is made through here, so a check can tell a complete value from one that needed filling. */
function counted<Value>(create: () => Value): () => Value {
  return () => {
    filledDefaultCount += 1;
    return create();
  };
}

export function withDefault<Schema extends z.ZodType>(
  schema: Schema,
  create: () => z.output<Schema>,
) {
  return schema.default(counted(create) as never) as z.ZodDefault<Schema>;
}

/** An object field or section that, when absent as a whole, is built from its fields' defaults. */
export function prefilled<Schema extends z.ZodObject>(schema: Schema) {
  return schema.prefault(counted(() => ({})) as never) as z.ZodPrefault<Schema>;
}

/**
 * Whether the value is valid as it is, with nothing left to a default. The store holds complete
 * reports only; restoreReport is where absent fields are filled.
 */
export function isCompleteValue(schema: z.ZodType, value: unknown): boolean {
  const before = filledDefaultCount;
  return schema.safeParse(value).success && filledDefaultCount === before;
}

export const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/u, 'must be 1–64 letters, digits, - or _');

export const text = withDefault(z.string().max(100_000), () => '');

/** A number the user typed; null while the field is empty. Range checks are warnings, not structure. */
export const optionalNumber = withDefault(z.number().finite().nullable(), () => null);

export const richText = withDefault(richTextSchema, createEmptyRichText);

export function flag(initial: boolean) {
  return withDefault(z.boolean(), () => initial);
}

export function choice<const Values extends readonly [string, ...string[]]>(
  values: Values,
  initial: Values[number],
) {
  return withDefault(z.enum(values), () => initial);
}

/** A choice that may be left unanswered (''), as a select with a "Not given" option. */
export function optionalChoice<const Values extends readonly [string, ...string[]]>(
  values: Values,
) {
  return withDefault(z.union([z.enum(values), z.literal('')]), () => '' as const);
}

/** Field paths name list items by id, so two items sharing one would send edits to the wrong item. */
export function listWithUniqueIds<Item extends z.ZodType<{ id: string }>>(
  item: Item,
  maximum: number,
) {
  return z
    .array(item)
    .max(maximum)
    .superRefine((items, context) => {
      const seen = new Set<string>();
      items.forEach((entry: { id: string } | undefined, index) => {
        if (typeof entry?.id !== 'string') return;
        if (seen.has(entry.id)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `the id "${entry.id}" is already used by an earlier item`,
            input: entry.id,
          });
        }
        seen.add(entry.id);
      });
    })
    .default(counted(() => []) as never) as z.ZodDefault<z.ZodArray<Item>>;
}
