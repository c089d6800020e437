import type { z } from 'zod';
import type { FieldSpecs } from '../fieldSpec';

/**
 * One section of the report as data: its schema, its fields' specs and its guidance. Navigation,
 * the form, checks and every exporter iterate over these; a field missing from `fields` fails tsc.
 */
export interface SectionDefinition<Id extends string, Value> {
  id: Id;
  number: number;
  title: string;
  /** One sentence on what this section is for, shown under its heading. */
  purpose: string;
  /** The collapsible "What good looks like" guidance. */
  goodLooksLike: readonly string[];
  schema: z.ZodType<Value>;
  fields: FieldSpecs<Value>;
}
