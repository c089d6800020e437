import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyNumberInput } from '@/model/applyNumberInput';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { analyzeReport, createAnalysisCache, type FieldInputs } from '@/model/reportIssues';
import type { Report } from '@/model/reportSchema';
import { createEmptyRichText } from '@/model/richText';
import { joinFieldPath, listItemSegment } from '@/model/fieldPath';
import { changeablePaths, valueAt, type ValuePath } from './support/reportValuePaths';

type Path = ValuePath;

const example = createExampleReport();
const blank = createEmptyReport(example.id);
const fixedKeys = new Set(['id', 'modelId', 'metricId', 'type', 'marks', 'attrs', 'schemaVersion']);

/** A copy with one value replaced, sharing everything else: how the store changes the report. */
function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[key as number] = withValueAt(copy[key as number], rest, value);
    return copy;
  }
  const record = root as Record<string, unknown>;
  return { ...record, [key]: withValueAt(record[key], rest, value) };
}

type Edit =
  | { kind: 'blank'; pick: number }
  | { kind: 'text'; pick: number; text: string }
  | { kind: 'number'; pick: number; value: number }
  | { kind: 'reverse'; pick: number }
  | { kind: 'typed'; pick: number; text: string }
  | { kind: 'same inputs, new object' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('blank' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('text' as const),
    pick: fc.nat(),
    text: fc.oneof(fc.constant('ada@'), fc.constant('2026-13-40'), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('number' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.constant(-1), fc.constant(0.5), fc.integer({ min: -3, max: 5000 })),
  }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('typed' as const),
    pick: fc.nat(),
    text: fc.constantFrom('fast', '12 %', '3e-4', ''),
  }),
  fc.constant({ kind: 'same inputs, new object' as const }),
);

/** The field path of a number leaf, as the form names it (list items by id). */
function fieldPathOf(report: Report, path: Path): string {
  const segments: string[] = [];
  let value: unknown = report;
  for (const key of path) {
    const next = (value as Record<string | number, unknown>)[key];
    if (typeof key === 'number') {
      const id = (next as { id?: unknown }).id;
      segments[segments.length - 1] = `${segments.at(-1) ?? ''}#${String(id)}`;
    } else segments.push(key);
    value = next;
  }
  return segments.join('.');
}

function applyEdit(report: Report, inputs: FieldInputs, change: Edit): [Report, FieldInputs] {
  if (change.kind === 'same inputs, new object') return [report, { ...inputs }];
  const paths = changeablePaths(report, fixedKeys);
  const pickOf = (candidates: Path[]) => candidates[change.pick % Math.max(1, candidates.length)];
  switch (change.kind) {
    case 'blank': {
      const path = pickOf(paths);
      if (path === undefined) return [report, inputs];
      const value = valueAt(report, path);
      const blanked =
        typeof value === 'string'
          ? ''
          : typeof value === 'number'
            ? null
            : Array.isArray(value)
              ? []
              : createEmptyRichText();
      return [withValueAt(report, path, blanked) as Report, inputs];
    }
    case 'text': {
      const path = pickOf(
        paths.filter((candidate) => typeof valueAt(report, candidate) === 'string'),
      );
      return path === undefined
        ? [report, inputs]
        : [withValueAt(report, path, change.text) as Report, inputs];
    }
    case 'number': {
      const path = pickOf(
        paths.filter((candidate) => typeof valueAt(report, candidate) === 'number'),
      );
      return path === undefined
        ? [report, inputs]
        : [withValueAt(report, path, change.value) as Report, inputs];
    }
    case 'reverse': {
      const path = pickOf(paths.filter((candidate) => Array.isArray(valueAt(report, candidate))));
      const list = path === undefined ? undefined : valueAt(report, path);
      return path === undefined || !Array.isArray(list)
        ? [report, inputs]
        : [withValueAt(report, path, [...list].reverse()) as Report, inputs];
    }
    case 'typed': {
      const path = pickOf(
        paths.filter((candidate) => typeof valueAt(report, candidate) === 'number'),
      );
      return path === undefined
        ? [report, inputs]
        : [report, { ...inputs, [fieldPathOf(report, path)]: change.text }];
    }
  }
}

describe('analyzeReport with a cache', () => {
  it('finds exactly what it finds without one, after any series of edits (generated)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (fromExample, edits) => {
          const cache = createAnalysisCache();
          let report = fromExample ? example : blank;
          let inputs: FieldInputs = report.typedNumbers;
          expect(analyzeReport(report, inputs, cache)).toEqual(analyzeReport(report, inputs));
          for (const change of edits) {
            [report, inputs] = applyEdit(report, inputs, change);
            expect(analyzeReport(report, inputs, cache)).toEqual(analyzeReport(report, inputs));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('checks again only what changed: one section for a new title, one model for its name', () => {
    const cache = createAnalysisCache();
    analyzeReport(example, example.typedNumbers, cache);
    const retitled = { ...example, titlePage: { ...example.titlePage, title: 'Another' } };
    const before = cache.freshChecks;
    analyzeReport(retitled, retitled.typedNumbers, cache);
    expect(cache.freshChecks - before).toBe(1);
    const renamed = withValueAt(retitled, ['models', 'models', 1, 'name'], 'Model Z') as Report;
    const afterTitle = cache.freshChecks;
    expect(analyzeReport(renamed, renamed.typedNumbers, cache)).toEqual(
      analyzeReport(renamed, renamed.typedNumbers),
    );
    // The models section and the renamed model; the other models come from the cache.
    expect(cache.freshChecks - afterTitle).toBe(2);
  });

  it('checks again only the models holding typed numbers, though every typed number is a new object', () => {
    const cache = createAnalysisCache();
    analyzeReport(example, example.typedNumbers, cache);
    let report = example;
    const typedInto = new Set<number>();
    for (const [index, text] of [
      [0, '2e-4'],
      [1, 'fast'],
      [0, '3e-4'],
    ] as const) {
      const model = report.models.models[index];
      if (model === undefined) throw new Error(`The example has no model ${index}`);
      const path = joinFieldPath(
        'models',
        listItemSegment('models', model.id),
        'hyperparameters',
        'learningRate',
      );
      report = applyNumberInput(report, path, text);
      typedInto.add(index);
      const before = cache.freshChecks;
      expect(analyzeReport(report, report.typedNumbers, cache)).toEqual(
        analyzeReport(report, report.typedNumbers),
      );
      // The models section and each model with typed text, read again in its unit as it is now;
      // the other sections and models come from the cache.
      expect(cache.freshChecks - before).toBe(1 + typedInto.size);
    }
  });

  it('reads a typed value in its metric’s unit as it is now, not as it was when first checked', () => {
    const cache = createAnalysisCache();
    const metricIndex = example.problem.metrics.findIndex(
      (metric) => metric.id === 'metric-accuracy',
    );
    const inPercent = withValueAt(
      example,
      ['problem', 'metrics', metricIndex, 'unit'],
      '%',
    ) as Report;
    const inputs: FieldInputs = {
      'results.metricResults#result-model-a-metric-accuracy-test.value': '93.8 %',
    };
    expect(analyzeReport(inPercent, inputs, cache)).toEqual(analyzeReport(inPercent, inputs));
    const withoutUnit = withValueAt(
      inPercent,
      ['problem', 'metrics', metricIndex, 'unit'],
      '',
    ) as Report;
    const fresh = analyzeReport(withoutUnit, inputs);
    expect(fresh.issues.map((issue) => issue.path)).toContain(
      'results.metricResults#result-model-a-metric-accuracy-test.value',
    );
    expect(analyzeReport(withoutUnit, inputs, cache)).toEqual(fresh);
  });
});
