import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { collectLabeledFields } from '@/import/modelCard/collectLabeledFields';
import { applyNumberInput } from '@/model/applyNumberInput';
import { createExampleReport } from '@/model/createExampleReport';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { metricResultFieldPath } from '@/model/metricResultFieldPath';
import { getValueAtPath, setValueAtPath } from '@/model/fieldPath';
import { isFieldShown } from '@/model/fieldSpec';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { reportSchema, type MetricResult, type Report } from '@/model/reportSchema';
import { sectionRegistry } from '@/model/sectionRegistry';
import { importModelCard } from './importModelCard';
import { listTablesCarriedBack } from '../../../support/listTablesCarriedBack';

const example = createExampleReport();
const modelListSpec = fieldSpecAtPath('models.models');
const modelPrefixes = example.models.models.map((model) => `models.models#${model.id}`);

function ownerOf(path: string): unknown {
  const segments = path.split('.');
  return getValueAtPath(example, segments.slice(0, -1).join('.')) ?? example;
}

// Plain text and numbers of fields the export shows, in every model: the example's values are replaced.
const textPaths = [
  ...sectionRegistry.flatMap((section) => collectLabeledFields(section.fields, section.id)),
  ...(modelListSpec?.kind === 'list'
    ? modelPrefixes.flatMap((prefix) =>
        collectLabeledFields(modelListSpec.fields).map((field) => ({
          ...field,
          path: `${prefix}.${field.path}`,
        })),
      )
    : []),
].filter(
  (field) =>
    (field.spec.kind === 'text' ||
      field.spec.kind === 'longText' ||
      field.spec.kind === 'number') &&
    isFieldShown(field.spec, ownerOf(field.path)) &&
    getValueAtPath(example, field.path) !== '' &&
    getValueAtPath(example, field.path) !== null,
);

// Words with the characters Markdown escapes in the middle, as people type them.
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9*_`|#<>&[\]\\().,;:/-]{0,12}$/u);
const text = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((value) => /[A-Za-z0-9)]$/u.test(value));
const number = fc.integer({ min: 1, max: 999_999 }).map((value) => value / 1000);

const changedReport: fc.Arbitrary<{ report: Report; paths: string[] }> = fc
  .uniqueArray(fc.nat({ max: textPaths.length - 1 }), { minLength: 1, maxLength: 12 })
  .chain((indices) =>
    fc.tuple(
      fc.constant(indices),
      fc.tuple(
        ...indices.map((index) => (textPaths[index]?.spec.kind === 'number' ? number : text)),
      ),
    ),
  )
  .map(([indices, values]) => {
    let report: Report = structuredClone(example);
    const paths: string[] = [];
    indices.forEach((index, position) => {
      const field = textPaths[index];
      if (field === undefined) return;
      const value = values[position];
      const spec = field.spec;
      if (spec.kind === 'number' && (spec.integer === true || spec.maximum !== undefined)) return;
      report = setValueAtPath(report, field.path, value);
      const { [field.path]: _typed, ...typedNumbers } = report.typedNumbers;
      report = { ...report, typedNumbers };
      paths.push(field.path);
    });
    return { report, paths };
  })
  .filter(({ report }) => reportSchema.safeParse(report).success);

describe('our Markdown export, generated reports', () => {
  it('gives back the texts and numbers of the fields it shows', () => {
    fc.assert(
      fc.property(changedReport, ({ report, paths }) => {
        const { everything } = importModelCard('report.md', buildMarkdown(report));
        for (const path of paths) {
          const modelIndex = modelPrefixes.findIndex((prefix) => path.startsWith(`${prefix}.`));
          const prefix = modelPrefixes[modelIndex];
          const after =
            prefix === undefined
              ? getValueAtPath(everything, path)
              : getValueAtPath(everything.models.models[modelIndex], path.slice(prefix.length + 1));
          expect([path, after]).toEqual([path, getValueAtPath(report, path)]);
        }
      }),
      { numRuns: 30 },
    );
    // About 5 s alone and 10 s beside the other import tests: well clear of a 60 s limit.
  }, 60_000);
});

/** Lists the import reads back from their tables, and the text fields of their entries. */
const listTextFields = listTablesCarriedBack.flatMap((listPath) => {
  const spec = fieldSpecAtPath(listPath);
  const entries = getValueAtPath(example, listPath);
  if (spec?.kind !== 'list' || !Array.isArray(entries)) return [];
  return (entries as { id: string }[]).flatMap((entry) =>
    fieldSpecEntries(spec.fields)
      .filter(([, field]) => field.kind === 'text' || field.kind === 'longText')
      .map(([key]) => ({ listPath, key, path: `${listPath}#${entry.id}.${key}` })),
  );
});

// Numbers as people type them, trailing zeros included: 93.80 must stay 93.80.
const typedNumber = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 3 }))
  .map(([value, decimals]) => (value / 100).toFixed(decimals));

function describeResult(report: Report, result: MetricResult): string {
  const model = report.models.models.find((entry) => entry.id === result.modelId);
  const metric = report.problem.metrics.find((entry) => entry.id === result.metricId);
  return `${model?.name ?? '?'} › ${metric?.name ?? '?'} (${result.split})`;
}

const changedLists: fc.Arbitrary<{ report: Report; paths: string[]; resultIds: string[] }> = fc
  .record({
    fields: fc.uniqueArray(fc.nat({ max: listTextFields.length - 1 }), { maxLength: 10 }),
    results: fc.uniqueArray(fc.nat({ max: example.results.metricResults.length - 1 }), {
      maxLength: 8,
    }),
  })
  .chain(({ fields, results }) =>
    fc.record({
      fields: fc.constant(fields),
      texts: fc.tuple(...fields.map(() => text)),
      results: fc.constant(results),
      numbers: fc.tuple(...results.map(() => fc.tuple(typedNumber, typedNumber))),
    }),
  )
  .map(({ fields, texts, results, numbers }) => {
    let report: Report = structuredClone(example);
    const paths: string[] = [];
    fields.forEach((index, position) => {
      const field = listTextFields[index];
      if (field === undefined) return;
      report = setValueAtPath(report, field.path, texts[position]);
      paths.push(field.path);
    });
    const resultIds: string[] = [];
    results.forEach((index, position) => {
      const result = example.results.metricResults[index];
      const [value, spread] = numbers[position] ?? [];
      if (result === undefined || value === undefined || spread === undefined) return;
      report = applyNumberInput(report, metricResultFieldPath(result.id, 'value'), value);
      report = applyNumberInput(report, metricResultFieldPath(result.id, 'spread'), spread);
      resultIds.push(result.id);
    });
    return { report, paths, resultIds };
  })
  // Entries are matched by their title, so two of one list may not share it.
  .filter(({ report }) =>
    ['titlePage.authors', 'problem.metrics', 'setup.libraryVersions', 'setup.datasets'].every(
      (listPath) => {
        const spec = fieldSpecAtPath(listPath);
        const entries = getValueAtPath(report, listPath) as Record<string, unknown>[];
        const titles = entries.map((entry) =>
          String(entry[spec?.kind === 'list' ? spec.itemTitleKey : 'id']).toLowerCase(),
        );
        return new Set(titles).size === titles.length;
      },
    ),
  )
  .filter(({ report }) => reportSchema.safeParse(report).success);

describe('our Markdown export, generated lists and metric results', () => {
  // Each run exports and imports the whole example; on two busy cores that takes a while.
  it('gives back each entry value and each metric result as typed', () => {
    fc.assert(
      fc.property(changedLists, ({ report, paths, resultIds }) => {
        const { everything } = importModelCard('report.md', buildMarkdown(report));
        for (const path of paths) {
          const [listPath = '', rest = ''] = path.split('#');
          const [entryId = '', key = ''] = rest.split('.');
          const before = getValueAtPath(report, listPath) as { id: string }[];
          const index = before.findIndex((entry) => entry.id === entryId);
          const after = (getValueAtPath(everything, listPath) as Record<string, unknown>[])[index];
          expect([path, after?.[key]]).toEqual([path, getValueAtPath(report, path)]);
        }
        for (const resultId of resultIds) {
          const before = report.results.metricResults.find((result) => result.id === resultId);
          const name = before === undefined ? '' : describeResult(report, before);
          const after = everything.results.metricResults.find(
            (result) => describeResult(everything, result) === name,
          );
          for (const field of ['value', 'spread'] as const)
            expect([
              name,
              field,
              everything.typedNumbers[metricResultFieldPath(after?.id ?? '', field)],
            ]).toEqual([name, field, report.typedNumbers[metricResultFieldPath(resultId, field)]]);
          expect([name, after?.value, after?.spread]).toEqual([
            name,
            before?.value,
            before?.spread,
          ]);
        }
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
