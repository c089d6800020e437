import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '@/export/buildMarkdown';
import { collectLabeledFields } from '@/import/modelCard/collectLabeledFields';
import { createExampleReport } from '@/model/createExampleReport';
import { getValueAtPath, setValueAtPath } from '@/model/fieldPath';
import { isFieldShown } from '@/model/fieldSpec';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { reportSchema, type Report } from '@/model/reportSchema';
import { sectionRegistry } from '@/model/sectionRegistry';
import { importModelCard } from './importModelCard';

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
  });
});
