import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/model/createEmptyReport';
import { createExampleReport } from '@/model/createExampleReport';
import { isBlockingIssue } from '@/model/isBlockingIssue';
import { issuesToVisit } from '@/model/issuesToVisit';
import { analyzeReport, type FieldInputs } from '@/model/reportIssues';
import type { Report } from '@/model/reportSchema';
import { createEmptyRichText } from '@/model/richText';
import { sectionIds, type SectionId } from '@/model/sectionRegistry';
import {
  changeablePaths,
  isRichTextValue,
  valueAt,
  type ValuePath,
} from './support/reportValuePaths';

type Path = ValuePath;

const example = createExampleReport();
const blank = createEmptyReport(example.id);

// Enumerations and references keep their form; every other leaf may be blanked.
const fixedKeys = new Set([
  'id',
  'modelId',
  'metricId',
  'type',
  'status',
  'method',
  'taskType',
  'split',
  'aggregation',
  'spreadKind',
  'kind',
  'precision',
  'answer',
  'href',
  'marks',
  'attrs',
]);

/** Every leaf a user can empty: texts, numbers, lists and rich texts. */
function blankablePaths(value: unknown, path: Path): Path[] {
  return changeablePaths(value, fixedKeys, path);
}

function setAt(root: unknown, path: Path, leaf: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path.at(-1);
  if (typeof parent === 'object' && parent !== null && last !== undefined)
    (parent as Record<string | number, unknown>)[last] = leaf;
}

function blankValue(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (typeof value === 'number') return null;
  if (Array.isArray(value)) return [];
  if (isRichTextValue(value)) return createEmptyRichText();
  return value;
}

type SectionPlan =
  | { kind: 'example' }
  | { kind: 'blank' }
  | { kind: 'mixed'; fromExample: boolean[]; blanked: number[]; wrong: number[] };

const sectionPlan: fc.Arbitrary<SectionPlan> = fc.oneof(
  fc.constant({ kind: 'example' as const }),
  fc.constant({ kind: 'blank' as const }),
  fc.record({
    kind: fc.constant('mixed' as const),
    fromExample: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    blanked: fc.array(fc.nat(), { maxLength: 6 }),
    wrong: fc.array(fc.nat(), { maxLength: 2 }),
  }),
);

/** Applies the plan to a section: the example's, the blank one, or a mix with fields emptied. */
function buildSection(report: Report, sectionId: SectionId, plan: SectionPlan): void {
  if (plan.kind === 'example') return;
  if (plan.kind === 'blank') {
    setAt(report, [sectionId], structuredClone(blank[sectionId]));
    return;
  }
  const keys = Object.keys(blank[sectionId]);
  keys.forEach((key, index) => {
    if (plan.fromExample[index % plan.fromExample.length] === false)
      setAt(report, [sectionId, key], structuredClone(valueAt(blank, [sectionId, key])));
  });
  const paths = blankablePaths(report[sectionId], [sectionId]);
  for (const pick of plan.blanked) {
    const path = paths[pick % paths.length];
    if (path !== undefined) setAt(report, path, blankValue(valueAt(report, path)));
  }
  const numbers = paths.filter((path) => typeof valueAt(report, path) === 'number');
  for (const pick of plan.wrong) {
    const path = numbers[pick % Math.max(1, numbers.length)];
    if (path !== undefined) setAt(report, path, -5);
  }
}

function withTypedText(report: Report, typedNotANumber: boolean): FieldInputs {
  const firstModel = report.models.models[0];
  return typedNotANumber && firstModel !== undefined
    ? { [`models.models#${firstModel.id}.hyperparameters.learningRate`]: 'fast' }
    : {};
}

/** Whole sections kept, blanked or mixed: reports far from done. */
const reportBySection = fc
  .record({
    plans: fc.tuple(...sectionIds.map(() => sectionPlan)),
    typedNotANumber: fc.boolean(),
  })
  .map(({ plans, typedNotANumber }) => {
    const report = structuredClone(example);
    sectionIds.forEach((sectionId, index) => {
      const plan = plans[index];
      if (plan !== undefined) buildSection(report, sectionId, plan);
    });
    return { report, fieldInputs: withTypedText(report, typedNotANumber) };
  });

const examplePaths = blankablePaths(example, []).filter(
  (path) => typeof path[0] === 'string' && sectionIds.includes(path[0] as SectionId),
);

/** The example with a few fields emptied: reports close to done, where rounding could lie. */
const nearlyDoneReport = fc
  .record({
    blanked: fc.array(fc.nat({ max: examplePaths.length - 1 }), { maxLength: 3 }),
    typedNotANumber: fc.boolean(),
  })
  .map(({ blanked, typedNotANumber }) => {
    const report = structuredClone(example);
    for (const pick of blanked) {
      const path = examplePaths[pick];
      if (path !== undefined) setAt(report, path, blankValue(valueAt(report, path)));
    }
    return { report, fieldInputs: withTypedText(report, typedNotANumber) };
  });

const generatedReport: fc.Arbitrary<{ report: Report; fieldInputs: FieldInputs }> = fc.oneof(
  reportBySection,
  nearlyDoneReport,
);

const runs = { numRuns: 200 };
// About 1 s each alone (2.5 s for the first, which warms up); roomy for a busy machine.
const budget = { timeout: 30_000 };

describe('completeness, the nav states and Next issue tell the same story', () => {
  it('reads 100 exactly when every section is complete', budget, () => {
    fc.assert(
      fc.property(generatedReport, ({ report, fieldInputs }) => {
        const analysis = analyzeReport(report, fieldInputs);
        const allComplete = sectionIds.every(
          (sectionId) => analysis.sections[sectionId].state === 'complete',
        );
        expect(analysis.completeness === 100).toBe(allComplete);
      }),
      runs,
    );
  });

  it('reads 0 exactly when every section is not started', budget, () => {
    fc.assert(
      fc.property(generatedReport, ({ report, fieldInputs }) => {
        const analysis = analyzeReport(report, fieldInputs);
        const allEmpty = sectionIds.every(
          (sectionId) => analysis.sections[sectionId].state === 'empty',
        );
        expect(analysis.completeness === 0).toBe(allEmpty);
      }),
      runs,
    );
  });

  it('costs each section that is not started at least a ninth', budget, () => {
    fc.assert(
      fc.property(generatedReport, ({ report, fieldInputs }) => {
        const analysis = analyzeReport(report, fieldInputs);
        const emptyCount = sectionIds.filter(
          (sectionId) => analysis.sections[sectionId].state === 'empty',
        ).length;
        expect(analysis.completeness).toBeLessThanOrEqual(
          (100 * (sectionIds.length - emptyCount)) / sectionIds.length,
        );
      }),
      runs,
    );
  });

  it(
    'has Next issue reach every section that is not complete, and only those, first',
    budget,
    () => {
      fc.assert(
        fc.property(generatedReport, ({ report, fieldInputs }) => {
          const analysis = analyzeReport(report, fieldInputs);
          const visited = issuesToVisit(analysis.issues);
          const blocking = visited.filter(isBlockingIssue);
          const notComplete = sectionIds.filter(
            (sectionId) => analysis.sections[sectionId].state !== 'complete',
          );
          expect(new Set(blocking.map((issue) => issue.sectionId))).toEqual(new Set(notComplete));
          // Whatever keeps a section from complete comes before the warnings.
          expect(visited.slice(0, blocking.length)).toEqual(blocking);
        }),
        runs,
      );
    },
  );

  it('walks the issues in section order, one stop per field', budget, () => {
    fc.assert(
      fc.property(generatedReport, ({ report, fieldInputs }) => {
        const visited = issuesToVisit(analyzeReport(report, fieldInputs).issues);
        const blocking = visited.filter(isBlockingIssue);
        const warnings = visited.filter((issue) => !isBlockingIssue(issue));
        for (const part of [blocking, warnings]) {
          const order = part.map((issue) => sectionIds.indexOf(issue.sectionId));
          expect(order).toEqual([...order].sort((left, right) => left - right));
        }
        const paths = visited.map((issue) => issue.path);
        expect(new Set(paths).size).toBe(paths.length);
      }),
      runs,
    );
  });
});

describe('completeness on the reports of issue 12', () => {
  it('reads at most 66 for the example with Results, Conclusion and Appendix blank', () => {
    const report = structuredClone(example);
    for (const sectionId of ['results', 'conclusion', 'appendix'] as const)
      setAt(report, [sectionId], structuredClone(blank[sectionId]));
    const analysis = analyzeReport(report, {});
    expect(analysis.completeness).toBe(66);
    expect(analysis.sections.results.state).toBe('empty');
  });

  it('reads 0 for a blank report, with every section not started', () => {
    const analysis = analyzeReport(blank, {});
    expect(analysis.completeness).toBe(0);
    for (const sectionId of sectionIds) expect(analysis.sections[sectionId].state).toBe('empty');
  });

  it('reads a ninth for the title page alone', () => {
    const report = structuredClone(blank);
    report.titlePage = structuredClone(example.titlePage);
    expect(analyzeReport(report, {}).completeness).toBe(11);
  });
});
