import './configureZod';
import { z } from 'zod';
import { commentThreadsSchema } from './comments/commentThreadSchema';
import { maximumTypedNumberLength } from './maximumTypedNumberLength';
import { abstractSchema } from './sections/abstract';
import { appendixSchema } from './sections/appendix';
import { backgroundSchema } from './sections/background';
import { conclusionSchema } from './sections/conclusion';
import { id, prefilled, withDefault } from './sections/fieldSchemas';
import { modelsSectionSchema } from './sections/models';
import { problemSchema } from './sections/problem';
import { resultsSchema } from './sections/results';
import { setupSchema } from './sections/setup';
import { titlePageSchema } from './sections/titlePage';

export * from './sections/abstract';
export * from './sections/appendix';
export * from './sections/background';
export * from './sections/conclusion';
export * from './sections/models';
export * from './sections/problem';
export * from './sections/results';
export * from './sections/setup';
export * from './sections/titlePage';

/**
 * Bumped with every change of shape; `npm run schema` then freezes the JSON Schema of the new
 * version. A migration step is needed only for renames and reshapes: new fields take their defaults.
 */
export const currentSchemaVersion = 5;

/**
 * The text of each number field as the user typed it ("0.0002", "87.0", or text that is not a
 * number yet), keyed by field path; the number itself stays in its field.
 */
export const typedNumbersSchema = withDefault(
  z.record(z.string().max(1000), z.string().max(maximumTypedNumberLength)),
  () => ({}),
);

export const reportSchema = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    id,
    titlePage: prefilled(titlePageSchema),
    abstract: prefilled(abstractSchema),
    background: prefilled(backgroundSchema),
    problem: prefilled(problemSchema),
    models: prefilled(modelsSectionSchema),
    setup: prefilled(setupSchema),
    results: prefilled(resultsSchema),
    conclusion: prefilled(conclusionSchema),
    appendix: prefilled(appendixSchema),
    typedNumbers: typedNumbersSchema,
    /** Review threads on fields and sections; only JSON carries them unless an export asks. */
    comments: commentThreadsSchema,
  })
  .meta({ id: 'Report', title: 'ML Report Studio report' });

export type Report = z.infer<typeof reportSchema>;
/** A report as written by hand (the example, tests): fields left out take their defaults. */
export type ReportInput = z.input<typeof reportSchema>;
export type TypedNumbers = z.infer<typeof typedNumbersSchema>;
