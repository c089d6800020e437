import { putBackPlotPoints, setAsideCheckedPlotPoints } from './checkedPlotPoints';
import { describeInput } from './describeInput';
import { describeSchemaIssue } from './describeSchemaIssue';
import { isRecord } from './isRecord';
import { migrateReport } from './migrations';
import { sanitizeRichText, type RichText } from './richText';
import { currentSchemaVersion, reportSchema, type Report } from './reportSchema';
import { jsonSizeUpperBound } from './jsonSizeUpperBound';
import { utf8ByteLength } from './utf8ByteLength';

export const reportFileFormat = 'ml-report';
export const maximumImportBytes = 25 * 1024 * 1024;
const maximumNesting = 200;
// A 25 MB draft holds at most 13 M values ("0," is two bytes), and one exported at the cap holds
// 1.6 M plot points of three values each: the count guards values built in memory, not files.
const maximumValueCount = 13_200_000;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export interface ReportEnvelope {
  format: typeof reportFileFormat;
  schemaVersion: number;
  exportedAt: string;
  report: Report;
}

export interface RestoreFailure {
  ok: false;
  /** One sentence for the dialog title. */
  message: string;
  /** Each problem with where it is, e.g. `models.models[2].hyperparameters.learningRate: expected a number, got "fast"`. */
  details: string[];
}

export type RestoreResult =
  { ok: true; report: Report; appliedMigrations: string[] } | RestoreFailure;

function failure(message: string, details: string[] = []): RestoreFailure {
  return { ok: false, message, details };
}

/**
 * The cheap first pass of checkShape: no paths, no objects per value, primitives never pushed.
 * It answers whether describeShapeProblem would find a problem, whatever the order of the walk.
 */
function shapeIsFine(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  let count = 1;
  while (values.length > 0) {
    const value = values.pop();
    const childDepth = (depths.pop() ?? 0) + 1;
    let children: unknown[];
    if (Array.isArray(value)) {
      children = value;
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      if (keys.some((key) => forbiddenKeys.has(key))) return false;
      children = keys.map((key) => value[key]);
    } else {
      continue;
    }
    count += children.length;
    if (count > maximumValueCount) return false;
    if (children.length > 0 && childDepth > maximumNesting) return false;
    for (const child of children) {
      if (typeof child !== 'object' || child === null) continue;
      // Plot points are ~300,000 arrays of two numbers: counted here instead of pushed and popped.
      if (Array.isArray(child) && holdsOnlyPrimitives(child)) {
        count += child.length;
        if (count > maximumValueCount) return false;
        if (child.length > 0 && childDepth + 1 > maximumNesting) return false;
        continue;
      }
      values.push(child);
      depths.push(childDepth);
    }
  }
  return true;
}

function holdsOnlyPrimitives(items: readonly unknown[]): boolean {
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item === 'object' && item !== null) return false;
  }
  return true;
}

/** Walks the raw value without recursion, so hostile nesting cannot overflow the stack. */
function checkShape(root: unknown): string | undefined {
  // Building a path for each of a large report's ~400,000 values cost more than validating it.
  return shapeIsFine(root) ? undefined : describeShapeProblem(root);
}

function describeShapeProblem(root: unknown): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: root, depth: 0, path: '' },
  ];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    count += 1;
    if (count > maximumValueCount)
      return `The file holds more than ${maximumValueCount.toLocaleString('en')} values, more than any real report.`;
    if (depth > maximumNesting)
      return `The file is nested deeper than ${maximumNesting} levels at ${path || 'the top'}, deeper than any real report.`;
    if (Array.isArray(value)) {
      value.forEach((item, index) =>
        stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` }),
      );
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (forbiddenKeys.has(key))
          return `The file contains the forbidden key "${key}" at ${path || 'the top'}.`;
        stack.push({
          value: value[key],
          depth: depth + 1,
          path: path === '' ? key : `${path}.${key}`,
        });
      }
    }
  }
  return undefined;
}

/** True when objects (where rich text could sit) are inside; plot points are arrays of numbers. */
function holdsObjects(items: readonly unknown[]): boolean {
  return items.some((item) => isRecord(item) || (Array.isArray(item) && holdsObjects(item)));
}

function sanitizeAllRichText(value: unknown): unknown {
  // The validated value is already a fresh copy, so arrays without objects need no second one.
  if (Array.isArray(value)) return holdsObjects(value) ? value.map(sanitizeAllRichText) : value;
  if (!isRecord(value)) return value;
  if (value['type'] === 'doc') return sanitizeRichText(value as unknown as RichText);
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, sanitizeAllRichText(child)]),
  );
}

/**
 * The one way in for every load (file import, autosave, tests): check the shape, read the envelope,
 * migrate older versions, validate, and neutralize unsafe links. Never throws. The result is built
 * afresh except valid plot point lists, which are the input's own arrays: copying ~300,000 points
 * of a large file cost more than checking them.
 */
export function restoreReport(input: unknown): RestoreResult {
  const shapeProblem = checkShape(input);
  if (shapeProblem !== undefined)
    return failure('This file cannot be opened as a report.', [shapeProblem]);
  if (!isRecord(input))
    return failure('This file is not an ML Report Studio report.', [
      'Expected a JSON object at the top.',
    ]);

  let body: unknown = input;
  if ('format' in input || 'report' in input) {
    if (input['format'] !== reportFileFormat) {
      return failure('This file is not an ML Report Studio report.', [
        `format: expected "${reportFileFormat}", got ${describeInput(input['format'])}`,
      ]);
    }
    body = input['report'];
  }
  if (!isRecord(body))
    return failure('This file has no report in it.', ['report: expected an object']);

  const version = body['schemaVersion'] ?? (isRecord(input) ? input['schemaVersion'] : undefined);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure('This file does not say which version of the report format it uses.', [
      `schemaVersion: expected a whole number, got ${describeInput(version)}`,
    ]);
  }
  const migrated = migrateReport(body, version);
  if (!migrated.ok) return failure(migrated.message);

  // Plot points are most of a large file; zod reads only the lists the fast check refused.
  const { report: withoutCheckedPoints, checkedPlotPoints } = setAsideCheckedPlotPoints(
    migrated.report,
  );
  const parsed = reportSchema.safeParse(withoutCheckedPoints, { reportInput: true });
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map(describeSchemaIssue);
    if (parsed.error.issues.length > 20)
      details.push(`…and ${parsed.error.issues.length - 20} more problems`);
    return failure('This report has values that do not fit the report format.', details);
  }
  return {
    ok: true,
    report: putBackPlotPoints(sanitizeAllRichText(parsed.data) as Report, checkedPlotPoints),
    appliedMigrations: migrated.appliedSteps,
  };
}

const oversizedMessage = 'This file is larger than 25 MB, larger than any real report.';
// Every ISO timestamp of years 0-9999 has this length, so the measure is that of any export.
const exportedAtOfAnyExport = new Date(0).toISOString();

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** What restoreReportFromText refuses before parsing the text, if anything. */
function refuseText(text: string): RestoreFailure | undefined {
  if (text.length > maximumImportBytes) return failure(oversizedMessage);
  if (text.trim() === '') return failure('This file is empty.');
  if (text.includes('\u0000')) return failure('This file is binary data, not a JSON report.');
  return undefined;
}

/** Points held apart from a restored report: what they add to its JSON when written again. */
export interface PointsHeldApart {
  /** An upper bound of the characters they add, as jsonSizeUpperBound bounds them. */
  sizeBound: () => number;
  /** The characters they add, exactly. */
  textLength: () => number;
}

/**
 * Refuses a restored report that Export could not write within the cap, `heldApart` the points
 * left out of `report` and measured as they would be written; `textLength` is the draft's.
 */
export function refuseGrowth(
  report: Report,
  textLength: number,
  heldApart: PointsHeldApart = { sizeBound: () => 0, textLength: () => 0 },
): RestoreFailure | undefined {
  const envelope = createReportEnvelope(report, exportedAtOfAnyExport);
  // A draft well below the cap grows past it only in contrived cases; the bound rules them out
  // in a quarter of the time writing the draft takes, and only a draft near the cap is written.
  if (
    textLength <= maximumImportBytes / 3 &&
    jsonSizeUpperBound(envelope) + 1 + heldApart.sizeBound() <= maximumImportBytes
  )
    return undefined;
  const exportedBytes = utf8ByteLength(JSON.stringify(envelope)) + 1 + heldApart.textLength();
  if (exportedBytes > maximumImportBytes) {
    return failure(oversizedMessage, [
      `Exported again as JSON it would take ${megabytes(exportedBytes)} MB, and Import takes at most 25 MB.`,
    ]);
  }
  return undefined;
}

/**
 * Reads the text of a JSON draft; refuses what is not JSON with the position of the problem, and
 * a report that Export could not write within the cap (compactReportJson's bytes), although the
 * file is within it: numbers like 1e20 and older formats grow when written again.
 */
export function restoreReportFromText(text: string): RestoreResult {
  const refused = refuseText(text);
  if (refused !== undefined) return refused;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('This file is not valid JSON (it may be cut off or damaged).', [reason]);
  }
  const restored = restoreReport(value);
  if (!restored.ok) return restored;
  return refuseGrowth(restored.report, text.length) ?? restored;
}

export function createReportEnvelope(report: Report, exportedAt: string): ReportEnvelope {
  return { format: reportFileFormat, schemaVersion: currentSchemaVersion, exportedAt, report };
}
