import fc from 'fast-check';
import { createExampleReport } from '@/model/createExampleReport';
import { reportSchema, type Report } from '@/model/reportSchema';

type Path = readonly (string | number)[];

// Ids, references between records and enumerations must keep their form for the report to stay valid;
// link targets are left alone because every load turns unsafe ones into plain text.
const fixedKeys = new Set([
  'id',
  'modelId',
  'metricId',
  'relatedReferenceIds',
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
  'schemaVersion',
]);

function leafPaths(value: unknown, path: Path, kind: 'string' | 'number', found: Path[]): Path[] {
  if (typeof value === kind) found.push(path);
  else if (Array.isArray(value))
    value.forEach((item, index) => leafPaths(item, [...path, index], kind, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (!fixedKeys.has(key)) leafPaths(child, [...path, key], kind, found);
    }
  }
  return found;
}

function setLeaf(root: unknown, path: Path, leaf: unknown): void {
  let parent = root as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    parent = parent[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1);
  if (last !== undefined) parent[last] = leaf;
}

const example = createExampleReport();
const stringPaths = leafPaths(example, [], 'string', []);
// Texts every exporter puts in a heading, a table cell or the document properties, changed more often.
const headlinePaths: Path[] = [
  ['titlePage', 'title'],
  ['titlePage', 'subtitle'],
  ['titlePage', 'authors', 0, 'name'],
  ...example.models.models.flatMap((_, index) => [
    ['models', 'models', index, 'name'],
    ['models', 'models', index, 'dataset'],
  ]),
  ['problem', 'metrics', 0, 'name'],
  ['results', 'plots', 0, 'title'],
];
const numberPaths = leafPaths(example, [], 'number', []);

const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '|',
      '\\',
      '*',
      '_',
      '`',
      '\n',
      '\r',
      '\t',
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '#',
      '- ',
      '1. ',
      '\u0000',
      '\u001F',
      '\uFFFE',
      '\uFFFF',
      '\uD800',
      '\uDC00',
      '😀',
      '\u202E',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});
// JSON has no negative zero, so -0 is generated as 0.
const finiteNumber = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((value) => (value === 0 ? 0 : value));

/**
 * Valid reports made from the example by replacing some of its texts and numbers with arbitrary ones,
 * including every character XML, Markdown and JSON treat specially.
 */
export function arbitraryMutatedReport(): fc.Arbitrary<Report> {
  const textChange = fc.tuple(fc.nat({ max: stringPaths.length - 1 }), awkwardText);
  const numberChange = fc.tuple(fc.nat({ max: numberPaths.length - 1 }), finiteNumber);
  return fc
    .record({
      headlines: fc.tuple(...headlinePaths.map(() => fc.option(awkwardText, { freq: 2 }))),
      texts: fc.array(textChange, { minLength: 1, maxLength: 25 }),
      numbers: fc.array(numberChange, { maxLength: 10 }),
    })
    .map(({ headlines, texts, numbers }) => {
      const report = structuredClone(example);
      headlines.forEach((text, index) => {
        if (text !== null) setLeaf(report, headlinePaths[index] ?? [], text);
      });
      for (const [index, text] of texts) {
        const path = stringPaths[index] ?? [];
        // Every load drops a rich-text node without text, so a valid report holds none.
        setLeaf(report, path, path.at(-1) === 'text' && text === '' ? ' ' : text);
      }
      for (const [index, value] of numbers) setLeaf(report, numberPaths[index] ?? [], value);
      return report;
    })
    .filter((report) => reportSchema.safeParse(report).success);
}
