import { z } from 'zod';
import { reportSchema } from './reportSchema';

/**
 * The report (without its file envelope) as a JSON Schema (draft 2020-12), for other tools that
 * write or check reports. Output mode describes what the app writes: unknown keys are refused,
 * although restoreReport tolerates and drops them. Schemas with a `meta({ id })` become `$defs`,
 * so the recursive rich-text node is a `$ref` to itself.
 */
export function buildReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    cycles: 'ref',
    reused: 'inline',
    unrepresentable: 'throw',
  });
}

/** The exact text of public/report.schema.json: two-space indent and a trailing newline. */
export function serializeReportJsonSchema(): string {
  return `${JSON.stringify(buildReportJsonSchema(), null, 2)}\n`;
}
