import { expect } from 'vitest';
import type {
  RunFileFormat,
  RunFileResult,
  RunFileStatus,
  RunPoint,
} from '@/import/runImportTypes';
import { summarizeRunFile } from './runFileSummary';

/** [points kept, points in the log, first point, last point] */
export type ExpectedSeries = [number, number, RunPoint | undefined, RunPoint | undefined];

/**
 * What one file must yield. Fields, versions, metrics, tools, series and warnings are compared
 * exactly (what is left out must not be found); notes only for the labels listed.
 */
export interface ExpectedRunFile {
  format: RunFileFormat | null;
  status?: RunFileStatus;
  message?: RegExp;
  model?: Record<string, unknown>;
  report?: Record<string, unknown>;
  libraries?: Record<string, string>;
  metrics?: Record<string, number>;
  tools?: string[];
  notes?: Record<string, string>;
  series?: Record<string, ExpectedSeries>;
  warnings?: string[];
}

export function expectRunFile(result: RunFileResult, expected: ExpectedRunFile): void {
  const summary = summarizeRunFile(result);
  const where = result.path;
  expect(summary.format, where).toBe(expected.format);
  expect(summary.status, where).toBe(expected.status ?? 'parsed');
  if (expected.message !== undefined) expect(result.message, where).toMatch(expected.message);
  else if ((expected.status ?? 'parsed') === 'parsed') expect(result.message, where).toBe('');
  expect(summary.model, where).toEqual(expected.model ?? {});
  expect(summary.report, where).toEqual(expected.report ?? {});
  expect(summary.libraries, where).toEqual(expected.libraries ?? {});
  expect(summary.metrics, where).toEqual(expected.metrics ?? {});
  expect([...summary.tools].sort(), where).toEqual([...(expected.tools ?? [])].sort());
  expect(summary.notes, where).toMatchObject(expected.notes ?? {});
  const series = Object.fromEntries(
    Object.entries(summary.series).map(([label, entry]) => [
      label,
      [entry.points, entry.total, entry.first, entry.last],
    ]),
  );
  expect(series, where).toEqual(expected.series ?? {});
  expect(summary.warnings, where).toEqual(expected.warnings ?? []);
}
