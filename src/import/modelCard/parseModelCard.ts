import type { List, ListItem, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { stringify } from 'yaml';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { isRecord } from '@/model/isRecord';
import { parseNumberInput } from '@/model/numberInput';
import { richTextFromBlocks, textNode, type RichText, type RichTextNode } from '@/model/richText';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { sectionRegistry, type SectionId } from '@/model/sectionRegistry';
import { utf8ByteLength } from '@/model/utf8ByteLength';
import { metricDisplayNames } from '../metricDisplayNames';
import type {
  FieldValueFinding,
  MetricIdentity,
  ResultSplit,
  RunFinding,
  RunImportParse,
  RunSource,
} from '../runImportTypes';
import { describeOversizedModelCard } from './describeOversizedModelCard';
import { collectLabeledFields, type LabeledField } from './collectLabeledFields';
import { markdownPlainText } from './markdownPlainText';
import { markdownToRichText } from './markdownToRichText';
import { modelCardHeadingAliases } from './modelCardHeadingAliases';
import { normalizeHeading } from './normalizeHeading';
import { readFrontMatter } from './readFrontMatter';
import { readTrainerBullet, type BulletValue } from './readTrainerBullet';
import { splitFrontMatter } from './splitFrontMatter';
import { readListTable, type ListTableRow, type ListTableTarget } from './readListTable';
import { readMetricResultTable, readMetricTableLegend } from './readMetricResultTable';
import { valueForSpec } from './valueForSpec';

/** Model cards are a few kilobytes; the largest real ones (benchmark tables) stay under 100 KB. */
/** Real cards have under 100 headings; more is a flood meant to swamp the review. */
export const maximumModelCardHeadings = 1000;

export type ModelCardParseResult =
  { ok: true; parse: RunImportParse; modelName: string } | { ok: false; message: string };

interface HeadingContext {
  depth: number;
  /** Headings from the outermost down to this one, without the document title. */
  path: string[];
  sectionId: SectionId | null;
  /** -1 outside a model of our own export; 0 for its first model (the review's target), 1… after. */
  modelIndex: number;
  /** The heading of a model after the first, whose values go to a model of that name; else ''. */
  modelName: string;
  /** The heading is our export's "Models" list, so the headings below it name models. */
  isModelList: boolean;
  richText: { scope: 'report' | 'model'; path: string; label: string; model: string } | null;
  frameworkVersions: boolean;
}

const placeholderPattern = /^\s*\[?more information needed\]?\.?\s*$/iu;
const trainerBulletPattern = /^([a-z][a-z0-9_]*):\s*(.+)$/u;
const versionBulletPattern = /^([A-Za-z][\w .-]*?):?\s+v?(\d[\w.+-]*)$/u;
const evaluationSetPattern = /results on the evaluation set/iu;
const lowerIsBetterPattern = /loss|error|wer|cer|mse|mae|rmse|perplexity|ppl/iu;

const packageNames: Readonly<Record<string, string>> = { pytorch: 'torch' };

/**
 * Labels of bold-label bullets in huggingface_hub's template that name one of our fields. Its
 * "License" bullet is left out: filled-in cards use it for the base model's licence.
 */
const templateLabels: Readonly<Record<string, { scope: 'report' | 'model'; path: string }>> = {
  'language(s) (nlp)': { scope: 'report', path: 'problem.language' },
  language: { scope: 'report', path: 'problem.language' },
  'finetuned from model': { scope: 'model', path: 'baseModelHubId' },
  'finetuned from model [optional]': { scope: 'model', path: 'baseModelHubId' },
};

const modelListSpec = fieldSpecAtPath('models.models');

/** The lists of a section a table may fill; the models are read from their own headings instead. */
function listTargets(fields: object, prefix: string): ListTableTarget[] {
  return fieldSpecEntries(fields).flatMap(([key, spec]) => {
    const path = `${prefix}.${key}`;
    if (spec.kind === 'group') return listTargets(spec.fields, path);
    return spec.kind === 'list' && path !== 'models.models' ? [{ path, fields: spec.fields }] : [];
  });
}

function modelFields(): LabeledField[] {
  return modelListSpec?.kind === 'list' ? collectLabeledFields(modelListSpec.fields) : [];
}

function byLabel(fields: readonly LabeledField[]): Map<string, LabeledField> {
  const map = new Map<string, LabeledField>();
  for (const field of fields) {
    const key = normalizeHeading(field.label);
    if (!map.has(key)) map.set(key, field);
  }
  return map;
}

function metricIdentity(key: string, name: string): MetricIdentity {
  const lower = key.toLowerCase();
  return {
    key: lower,
    name: metricDisplayNames[lower] ?? name,
    higherIsBetter: !lowerIsBetterPattern.test(`${key} ${name}`),
  };
}

function splitOf(...hints: string[]): ResultSplit | null {
  const text = hints.join(' ').toLowerCase();
  if (/test/u.test(text)) return 'test';
  if (/valid|dev|eval/u.test(text)) return 'validation';
  return null;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((entry) => textOf(entry)).filter((entry) => entry !== undefined);
    return parts.length === 0 ? undefined : parts.join(', ');
  }
  return undefined;
}

function numberOf(value: unknown): { value: number; typedText: string } | undefined {
  if (typeof value === 'number' && Number.isFinite(value))
    return { value, typedText: String(value) };
  if (typeof value !== 'string') return undefined;
  const parsed = parseNumberInput(value);
  return parsed.ok && parsed.value !== null
    ? { value: parsed.value, typedText: value.trim() }
    : undefined;
}

function paragraph(text: string): RichTextNode {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [textNode(text)] };
}

function tableOf(header: readonly string[], rows: readonly string[][]): RichTextNode {
  const row = (cells: readonly string[], cellType: 'tableHeader' | 'tableCell'): RichTextNode => ({
    type: 'tableRow',
    content: cells.map((cell) => ({
      type: cellType,
      attrs: { colspan: 1, rowspan: 1, colwidth: null },
      content: [paragraph(cell)],
    })),
  });
  return {
    type: 'table',
    content: [row(header, 'tableHeader'), ...rows.map((cells) => row(cells, 'tableCell'))],
  };
}

function isPlaceholder(node: RootContent): boolean {
  return node.type === 'paragraph' && placeholderPattern.test(markdownPlainText(node));
}

/** The label and value of `- **Label:** value` (colon inside or after the bold), or undefined. */
function boldLabelOf(item: ListItem): { label: string; value: string } | undefined {
  const [first, ...others] = item.children;
  if (first?.type !== 'paragraph' || others.length > 0) return undefined;
  const [strong, ...rest] = first.children;
  if (strong?.type !== 'strong') return undefined;
  let label = markdownPlainText(strong).trim();
  let value = rest.map((node) => markdownPlainText(node)).join('');
  if (label.endsWith(':')) label = label.slice(0, -1);
  else if (value.trimStart().startsWith(':')) value = value.trimStart().slice(1);
  else return undefined;
  return { label: label.trim(), value: value.trim() };
}

/**
 * Reads a Markdown file (a Hugging Face model card, a Trainer or PEFT card, a card from
 * huggingface_hub's template, or this app's own Markdown export) into findings for the run-import
 * review: front matter metadata and `model-index` results, hyperparameter and version bullets,
 * `- **Label:** value` bullets by the labels of the section specs, and text under headings into
 * rich-text fields. Text that fits no field becomes Appendix text under its heading, so nothing
 * is dropped but "[More Information Needed]" placeholders. Bad input gives a message naming the
 * file and line; nothing is thrown for any text.
 */
export function parseModelCard(fileName: string, text: string): ModelCardParseResult {
  const oversized = describeOversizedModelCard(fileName, utf8ByteLength(text));
  if (oversized !== undefined) return { ok: false, message: oversized };
  const split = splitFrontMatter(text);
  let metadata: Record<string, unknown> = {};
  if (split.frontMatter !== null) {
    const read = readFrontMatter(split.frontMatter, split.frontMatterLine);
    if (!read.ok)
      return {
        ok: false,
        message: `${fileName}, line ${read.line}: the YAML front matter could not be read: ${read.message}.`,
      };
    metadata = read.metadata;
  }

  let tree: Root;
  try {
    tree = fromMarkdown(split.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (caught) {
    const reason = caught instanceof Error ? caught.message : String(caught);
    return { ok: false, message: `${fileName}: the Markdown could not be read: ${reason}.` };
  }
  const headingCount = tree.children.filter((node) => node.type === 'heading').length;
  if (headingCount > maximumModelCardHeadings)
    return {
      ok: false,
      message: `${fileName} has ${headingCount.toLocaleString('en-US')} headings; a model card may have at most ${maximumModelCardHeadings.toLocaleString('en-US')}, so it was not read.`,
    };

  const findings: RunFinding[] = [];
  const warnings: string[] = [];
  const lineOf = (node: RootContent | ListItem): number =>
    (node.position?.start.line ?? 1) + split.bodyLine - 1;
  const source = (key: string): RunSource => ({ file: fileName, key });
  const labelOf = (scope: 'report' | 'model', path: string): string => {
    const field =
      scope === 'model'
        ? modelFieldList.find((candidate) => candidate.path === path)
        : reportFieldList.find((candidate) => candidate.path === path);
    return field?.label ?? path;
  };
  const addValue = (value: BulletValue, key: string, model = ''): void => {
    const finding: FieldValueFinding = {
      kind: 'field-value',
      scope: value.scope,
      path: value.path,
      value: value.value,
      label: labelOf(value.scope, value.path),
      source: source(key),
      precedence: value.precedence ?? 'stated',
    };
    if (value.typedText !== undefined) finding.typedText = value.typedText;
    if (value.detail !== undefined) finding.detail = value.detail;
    if (model !== '' && value.scope === 'model') finding.model = model;
    findings.push(finding);
  };
  const appendixBlocks: { heading: string; blocks: RichTextNode[]; key: string }[] = [];
  const addAppendix = (heading: string, blocks: RichTextNode[], key: string): void => {
    if (blocks.length > 0) appendixBlocks.push({ heading, blocks, key });
  };

  const modelFieldList = modelFields();
  const reportFieldList = sectionRegistry.flatMap((section) =>
    collectLabeledFields(section.fields, section.id),
  );
  const modelLabels = byLabel(modelFieldList);
  const sectionLabels = new Map(
    sectionRegistry.map((section) => [
      section.id,
      byLabel(collectLabeledFields(section.fields, section.id)),
    ]),
  );
  const sectionsByTitle = new Map(
    sectionRegistry.map((section) => [normalizeHeading(section.title), section.id]),
  );
  const modelListLabel = normalizeHeading(modelListSpec?.label ?? 'Models');
  const listTargetsBySection = new Map(
    sectionRegistry.map((section) => [section.id, listTargets(section.fields, section.id)]),
  );

  // Front matter.
  const used = new Set<string>();
  const fromMetadata = (
    key: string,
    scope: 'report' | 'model',
    path: string,
    precedence: FieldValueFinding['precedence'] = 'stated',
  ): void => {
    const value = textOf(metadata[key]);
    if (value === undefined) return;
    used.add(key);
    addValue({ scope, path, value, precedence }, `front matter › ${key}`);
  };
  fromMetadata('title', 'report', 'titlePage.title');
  fromMetadata('subtitle', 'report', 'titlePage.subtitle');
  fromMetadata('date', 'report', 'titlePage.date');
  fromMetadata('version', 'report', 'titlePage.version');
  fromMetadata('organization', 'report', 'titlePage.organization');
  // `licence: license` is TRL's unfilled placeholder, not a licence, so only `license` is read.
  fromMetadata('license', 'report', 'titlePage.license');
  fromMetadata('language', 'report', 'problem.language');
  fromMetadata('pipeline_tag', 'report', 'problem.hubTask');
  fromMetadata('datasets', 'model', 'dataset');
  const status = textOf(metadata['status']);
  const statusSpec = reportFieldList.find((field) => field.path === 'titlePage.status');
  const statusValue =
    status === undefined || statusSpec === undefined
      ? undefined
      : valueForSpec(statusSpec.spec, status);
  if (statusValue !== undefined) {
    used.add('status');
    addValue(
      { scope: 'report', path: 'titlePage.status', ...statusValue },
      'front matter › status',
    );
  }
  const baseModel = metadata['base_model'];
  const baseModelId = Array.isArray(baseModel) ? textOf(baseModel[0]) : textOf(baseModel);
  if (baseModelId !== undefined) {
    used.add('base_model');
    const key = 'front matter › base_model';
    addValue({ scope: 'model', path: 'baseModelHubId', value: baseModelId }, key);
    const architecture = baseModelId
      .split('/')
      .filter((part) => part !== '' && part !== '..')
      .at(-1);
    if (architecture !== undefined)
      addValue(
        {
          scope: 'model',
          path: 'architecture',
          value: architecture,
          precedence: 'derived',
          detail: 'The name of the base model, without its owner.',
        },
        key,
      );
  }
  if (textOf(metadata['library_name'])?.toLowerCase() === 'peft')
    addValue(
      {
        scope: 'model',
        path: 'method',
        value: 'lora',
        precedence: 'hint',
        detail: 'A PEFT adapter is most often LoRA; the card does not say which method.',
      },
      'front matter › library_name',
    );

  let modelName = textOf(metadata['model_name']) ?? '';
  const modelIndex = metadata['model-index'];
  if (Array.isArray(modelIndex)) {
    const rows: string[][] = [];
    for (const [entryIndex, entry] of modelIndex.entries()) {
      if (!isRecord(entry)) continue;
      if (modelName === '') modelName = textOf(entry['name']) ?? '';
      const results = Array.isArray(entry['results']) ? entry['results'] : [];
      for (const [resultIndex, result] of results.entries()) {
        if (!isRecord(result)) continue;
        const task = isRecord(result['task']) ? result['task'] : {};
        const dataset = isRecord(result['dataset']) ? result['dataset'] : {};
        const taskType = textOf(task['type']) ?? '';
        const datasetName = textOf(dataset['name']) ?? textOf(dataset['type']) ?? '';
        const datasetSplit = textOf(dataset['split']) ?? '';
        const key = `model-index[${entryIndex}].results[${resultIndex}]`;
        if (entryIndex === 0 && resultIndex === 0) {
          if (taskType !== '' && metadata['pipeline_tag'] === undefined)
            addValue(
              { scope: 'report', path: 'problem.hubTask', value: taskType },
              `${key}.task.type`,
            );
          if (datasetName !== '' && metadata['datasets'] === undefined)
            addValue(
              { scope: 'model', path: 'dataset', value: datasetName },
              `${key}.dataset.name`,
            );
        }
        const metrics = Array.isArray(result['metrics']) ? result['metrics'] : [];
        for (const [metricIndex, metric] of metrics.entries()) {
          if (!isRecord(metric)) continue;
          const type = textOf(metric['type']) ?? '';
          const name = textOf(metric['name']) ?? '';
          rows.push([
            taskType,
            textOf(dataset['type']) ?? '',
            textOf(dataset['name']) ?? '',
            datasetSplit,
            textOf(dataset['config']) ?? '',
            textOf(dataset['revision']) ?? '',
            textOf(dataset['args']) ?? '',
            type,
            name,
            textOf(metric['value']) ?? '',
          ]);
          const number = numberOf(metric['value']);
          if (number === undefined || (type === '' && name === '')) continue;
          const split = splitOf(datasetSplit, name);
          findings.push({
            kind: 'metric-result',
            label: name === '' ? type : name,
            metric: metricIdentity(type === '' ? name : type, name === '' ? type : name),
            split: split ?? 'validation',
            splitAssumed: split === null,
            value: number.value,
            typedText: number.typedText,
            source: source(`${key}.metrics[${metricIndex}]`),
            precedence: 'stated',
            detail: [datasetName, datasetSplit].filter((part) => part !== '').join(', '),
          });
        }
      }
    }
    // A Trainer card's `results: []` stays in the metadata the Appendix keeps.
    if (rows.length > 0) used.add('model-index');
    if (rows.length > 0)
      addAppendix(
        'Results in the model card metadata (model-index)',
        [
          tableOf(
            [
              'Task',
              'Dataset type',
              'Dataset name',
              'Split',
              'Config',
              'Revision',
              'Arguments',
              'Metric type',
              'Metric name',
              'Value',
            ],
            rows,
          ),
        ],
        'front matter › model-index',
      );
  }
  const unusedMetadata = Object.fromEntries(
    Object.entries(metadata).filter(([key]) => !used.has(key)),
  );
  if (Object.keys(unusedMetadata).length > 0)
    addAppendix(
      'Model card metadata',
      [
        {
          type: 'codeBlock',
          attrs: { language: 'yaml' },
          content: [textNode(stringify(unusedMetadata).trimEnd())],
        },
      ],
      'front matter',
    );

  // Body.
  const richTexts = new Map<
    string,
    {
      scope: 'report' | 'model';
      path: string;
      label: string;
      model: string;
      parts: { heading: string; blocks: RichTextNode[] }[];
      key: string;
    }
  >();
  const addRichText = (
    target: NonNullable<HeadingContext['richText']>,
    heading: string,
    blocks: RichTextNode[],
    key: string,
  ): void => {
    if (blocks.length === 0) return;
    const id = `${target.model}:${target.scope}:${target.path}`;
    const entry = richTexts.get(id) ?? { ...target, parts: [], key };
    entry.parts.push({ heading, blocks });
    richTexts.set(id, entry);
  };

  const readItem = (
    item: ListItem,
    context: HeadingContext,
    afterEvaluationSet: boolean,
  ): boolean => {
    const line = lineOf(item);
    const key = `line ${line}`;
    const itemText = markdownPlainText(item).trim();
    if (afterEvaluationSet) {
      const metric = /^([^:]+):\s*(\S+)$/u.exec(itemText);
      const number = metric?.[2] === undefined ? undefined : numberOf(metric[2]);
      if (metric?.[1] !== undefined && number !== undefined) {
        const name = metric[1].trim();
        findings.push({
          kind: 'metric-result',
          label: name,
          metric: metricIdentity(name.replace(/\s+/gu, '_'), name),
          split: 'validation',
          splitAssumed: false,
          value: number.value,
          typedText: number.typedText,
          source: source(key),
          precedence: 'stated',
        });
        return true;
      }
    }
    const laterModel = context.modelIndex > 0;
    if (context.frameworkVersions && !laterModel) {
      const version = versionBulletPattern.exec(itemText);
      if (version?.[1] !== undefined && version[2] !== undefined) {
        const written = version[1].trim();
        const name =
          packageNames[written.toLowerCase()] ?? written.toLowerCase().replace(/\s+/gu, '-');
        findings.push({
          kind: 'library-version',
          label: written,
          name,
          version: version[2],
          source: source(key),
          precedence: 'stated',
        });
        return true;
      }
    }
    const trainer = laterModel ? null : trainerBulletPattern.exec(itemText);
    if (trainer?.[1] !== undefined && trainer[2] !== undefined) {
      const values = readTrainerBullet(trainer[1], trainer[2].trim());
      for (const value of values) addValue(value, key);
      if (values.length > 0) return true;
    }
    // Our model card writes `- Architecture: Mistral-7B` without bold; only model labels are read so.
    const plain = /^([^:\n]{1,60}):\s+(.+)$/u.exec(itemText);
    const labeled =
      boldLabelOf(item) ??
      (context.sectionId === null &&
      plain?.[1] !== undefined &&
      plain[2] !== undefined &&
      modelLabels.has(normalizeHeading(plain[1]))
        ? { label: plain[1], value: plain[2].trim() }
        : undefined);
    if (labeled === undefined) return false;
    const wanted = normalizeHeading(labeled.label);
    if (placeholderPattern.test(labeled.value)) return true;
    const inSection =
      context.sectionId === null || context.sectionId === 'models'
        ? undefined
        : sectionLabels.get(context.sectionId)?.get(wanted);
    const field =
      inSection === undefined
        ? context.sectionId === null || context.sectionId === 'models'
          ? modelLabels.get(wanted)
          : undefined
        : inSection;
    const scope = inSection === undefined ? 'model' : 'report';
    const template =
      context.sectionId === null
        ? templateLabels[wanted.replace(/\s*\[optional\]$/u, '')]
        : undefined;
    if (field === undefined && template !== undefined) {
      addValue({ scope: template.scope, path: template.path, value: labeled.value }, key);
      return true;
    }
    if (field === undefined) return false;
    const value = valueForSpec(field.spec, labeled.value);
    if (value === undefined) return false;
    addValue({ scope, path: field.path, ...value }, key, context.modelName);
    return true;
  };

  /** `- **Preprocessing (Banking77):** …`: a multi-line field our export writes after its list's table. */
  const readListNote = (
    item: ListItem,
    table: { path: string; rows: ListTableRow[] } | null,
  ): boolean => {
    const labeled = boldLabelOf(item);
    const spec = table === null ? undefined : fieldSpecAtPath(table.path);
    if (labeled === undefined || table === null || spec?.kind !== 'list') return false;
    for (const [key, field] of fieldSpecEntries(spec.fields)) {
      if (!('label' in field) || !labeled.label.startsWith(`${field.label} (`)) continue;
      if (!labeled.label.endsWith(')')) continue;
      const title = labeled.label.slice(field.label.length + 2, -1);
      const row = table.rows.find((candidate) => candidate.values[spec.itemTitleKey] === title);
      const value = valueForSpec(field, labeled.value);
      if (row === undefined || value === undefined) continue;
      row.values[key] = value.value;
      if (value.typedText !== undefined) row.typedTexts[key] = value.typedText;
      return true;
    }
    return false;
  };

  const flush = (context: HeadingContext, nodes: readonly RootContent[], key: string): void => {
    const kept: RootContent[] = [];
    let afterEvaluationSet = false;
    let lastListTable: { path: string; rows: ListTableRow[] } | null = null;
    for (const node of nodes) {
      if (isPlaceholder(node)) continue;
      const listTable =
        node.type === 'table' && context.sectionId !== null && context.modelIndex < 0
          ? readListTable(node, listTargetsBySection.get(context.sectionId) ?? [])
          : undefined;
      const previous = kept.at(-1);
      const caption =
        previous?.type === 'paragraph' && /^Table \d+: /u.test(markdownPlainText(previous))
          ? markdownPlainText(previous)
          : '';
      const metricCells =
        node.type === 'table' && context.sectionId === 'results'
          ? readMetricResultTable(node, readMetricTableLegend(caption))
          : undefined;
      if (metricCells !== undefined) {
        if (caption !== '') kept.pop();
        for (const cell of metricCells) {
          const finding: RunFinding = {
            kind: 'metric-result',
            label: cell.metricName,
            metric: {
              key: cell.metricName.toLowerCase(),
              name: cell.metricName,
              higherIsBetter: cell.higherIsBetter,
            },
            split: cell.split,
            splitAssumed: false,
            value: cell.value,
            typedText: cell.typedText,
            aggregate: {
              spread: cell.spread?.value ?? null,
              ...(cell.spread === null ? {} : { spreadTypedText: cell.spread.typedText }),
              ...cell.notes,
            },
            source: source(`line ${cell.line + split.bodyLine - 1}`),
            precedence: 'stated',
          };
          if (cell.model !== firstModelHeading) finding.model = cell.model;
          findings.push(finding);
        }
        continue;
      }
      if (listTable !== undefined) {
        lastListTable = listTable;
        const listLabel = fieldSpecAtPath(listTable.path)?.label ?? listTable.path;
        for (const row of listTable.rows)
          findings.push({
            kind: 'list-item',
            label: listLabel,
            path: listTable.path,
            values: row.values,
            typedTexts: row.typedTexts,
            source: source(`line ${row.line + split.bodyLine - 1}`),
            precedence: 'stated',
          });
        continue;
      }
      if (node.type === 'list') {
        const table = lastListTable;
        const items = node.children.filter(
          (item) => !readListNote(item, table) && !readItem(item, context, afterEvaluationSet),
        );
        if (items.length > 0) kept.push({ ...node, children: items } satisfies List);
      } else {
        kept.push(node);
      }
      afterEvaluationSet =
        node.type === 'paragraph' && evaluationSetPattern.test(markdownPlainText(node));
    }
    if (kept.length === 0) return;
    const blocks = markdownToRichText(kept).content ?? [];
    const heading = context.path.join(' › ');
    if (context.richText !== null) addRichText(context.richText, heading, blocks, key);
    else addAppendix(heading, blocks, key);
  };

  const root: HeadingContext = {
    depth: 0,
    path: [],
    sectionId: null,
    modelIndex: -1,
    modelName: '',
    isModelList: false,
    richText: null,
    frameworkVersions: false,
  };
  const stack: HeadingContext[] = [root];
  let current = root;
  let currentKey = 'line 1';
  let pending: RootContent[] = [];
  let hasTitle = false;
  let modelsSeen = 0;
  let firstModelHeading = '';

  for (const node of tree.children) {
    if (node.type !== 'heading') {
      pending.push(node);
      continue;
    }
    flush(current, pending, currentKey);
    pending = [];
    currentKey = `line ${lineOf(node)}`;
    const headingText = markdownPlainText(node).trim();
    const normalized = normalizeHeading(headingText);
    while ((stack.at(-1)?.depth ?? 0) >= node.depth && stack.length > 1) stack.pop();
    const parent = stack.at(-1) ?? root;

    let next: HeadingContext;
    if (node.depth === 1 && !hasTitle) {
      hasTitle = true;
      if (!/model id$/iu.test(headingText) && headingText !== '') {
        addValue({ scope: 'report', path: 'titlePage.title', value: headingText }, currentKey);
        if (modelName === '') modelName = headingText;
      }
      // The text under the title is the card's summary ("This model is a fine-tuned version of…").
      next = {
        ...root,
        depth: 1,
        richText: { scope: 'report', path: 'abstract.summary', label: 'Summary', model: '' },
      };
    } else {
      const path = [...parent.path, headingText];
      const sectionId = sectionsByTitle.get(normalized);
      const alias = modelCardHeadingAliases[normalized];
      next = {
        ...parent,
        depth: node.depth,
        path,
        richText: null,
        frameworkVersions: false,
        isModelList: false,
      };
      if (sectionId !== undefined) {
        // A section with one rich-text field (Abstract) writes it under the section's own heading.
        const richFields = [...(sectionLabels.get(sectionId)?.values() ?? [])].filter(
          (field) => field.spec.kind === 'richText',
        );
        const [onlyRichField] = richFields;
        next = {
          ...next,
          sectionId,
          modelIndex: -1,
          modelName: '',
          richText:
            richFields.length === 1 && onlyRichField !== undefined
              ? { scope: 'report', path: onlyRichField.path, label: headingText, model: '' }
              : null,
        };
      } else if (parent.isModelList) {
        const laterModelName = modelsSeen === 0 ? '' : headingText;
        next = { ...next, modelIndex: modelsSeen, modelName: laterModelName };
        if (modelsSeen === 0 && modelName === '') modelName = headingText;
        if (modelsSeen === 0) firstModelHeading = headingText;
        addValue({ scope: 'model', path: 'name', value: headingText }, currentKey, laterModelName);
        modelsSeen += 1;
      } else if (
        parent.sectionId === 'models' &&
        parent.modelIndex === -1 &&
        normalized === modelListLabel
      ) {
        next = { ...next, isModelList: true };
      } else {
        const modelField =
          parent.modelIndex >= 0 || parent.sectionId === null
            ? modelLabels.get(normalized)
            : undefined;
        const sectionField =
          parent.sectionId === null
            ? undefined
            : sectionLabels.get(parent.sectionId)?.get(normalized);
        if (modelField?.spec.kind === 'richText')
          next.richText = {
            scope: 'model',
            path: modelField.path,
            label: modelField.label,
            model: parent.modelName,
          };
        else if (sectionField?.spec.kind === 'richText')
          next.richText = {
            scope: 'report',
            path: sectionField.path,
            label: sectionField.label,
            model: '',
          };
        else if (alias?.kind === 'rich-text')
          next.richText = {
            scope: 'report',
            path: alias.path,
            label: labelOf('report', alias.path),
            model: '',
          };
        else if (alias?.kind === 'framework-versions') next.frameworkVersions = true;
      }
    }
    stack.push(next);
    current = next;
  }
  flush(current, pending, currentKey);

  for (const entry of richTexts.values()) {
    const single = entry.parts.length === 1;
    const blocks = entry.parts.flatMap(({ heading, blocks: partBlocks }) => {
      const last = heading.split(' › ').at(-1) ?? '';
      const named =
        single && (last === '' || normalizeHeading(last) === normalizeHeading(entry.label));
      return named || last === ''
        ? partBlocks
        : [
            {
              type: 'heading',
              attrs: { level: 3 },
              content: [textNode(last)],
            } satisfies RichTextNode,
            ...partBlocks,
          ];
    });
    const value: RichText = richTextFromBlocks(...blocks);
    addValue({ scope: entry.scope, path: entry.path, value }, entry.key, entry.model);
  }
  for (const { heading, blocks, key } of appendixBlocks) {
    findings.push({
      kind: 'appendix-text',
      label: heading === '' ? 'Text before the first heading' : heading,
      heading,
      content: richTextFromBlocks(...blocks),
      source: source(key),
      precedence: 'stated',
    });
  }

  const parse: RunImportParse = {
    files: [
      {
        path: fileName,
        status: 'parsed',
        format: 'model-card',
        formatLabel: 'Model card or Markdown report',
        message: '',
        findings,
        series: [],
        warnings,
      },
    ],
    findings,
    series: [],
    warnings: [],
  };
  return { ok: true, parse, modelName: modelName.trim() };
}
