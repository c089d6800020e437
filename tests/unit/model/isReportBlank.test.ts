import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { isReportBlank } from '@/model/isReportBlank';
import type { Report } from '@/model/reportSchema';

/** The string fields of the blank report, as paths of keys. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...path, key]));
}

function withText(report: Report, path: readonly string[], text: string): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  let owner = copy;
  for (const key of path.slice(0, -1)) owner = owner[key] as Record<string, unknown>;
  owner[path.at(-1) ?? ''] = text;
  return copy as unknown as Report;
}

describe('isReportBlank', () => {
  it('is true for a new report and false for the example', () => {
    expect(isReportBlank(createEmptyReport('blank'))).toBe(true);
    expect(isReportBlank(createExampleReport())).toBe(false);
  });

  it('says the same as comparing the whole JSON text, for any one string field changed', () => {
    const blank = createEmptyReport('blank');
    const paths = stringPaths(blank).filter((path) => path.join('.') !== 'id');
    expect(paths.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ maxLength: 6 }), (path, text) => {
        const edited = withText(blank, path, text);
        expect(isReportBlank(edited)).toBe(
          JSON.stringify(edited) === JSON.stringify(createEmptyReport('blank')),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('is false when the report holds more than the blank one, such as a figure', () => {
    const blank = createEmptyReport('blank');
    const example = createExampleReport();
    expect(isReportBlank({ ...blank, results: example.results })).toBe(false);
  });
});
