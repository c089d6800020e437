import {
  type AnyFieldSpec,
  type CustomFieldId,
  fieldSpecEntries,
  isFieldShown,
} from '@/model/fieldSpec';
import {
  deriveModelSummary,
  describeMethod,
  modelDisplayName,
  modelSummaryColumns,
} from '@/model/modelSummary';
import { describeTypedNumber } from '@/model/describeTypedNumber';
import { joinFieldPath, type FieldPath } from '@/model/fieldPath';
import { listItemFieldPath } from '@/model/listItemFieldPath';
import { noneMarkingOf } from '@/model/noneMarking';
import { formatNumber, parseNumberInput, withoutTypedUnit } from '@/model/numberInput';
import { checklistAnswerLabels } from '@/model/checklistAnswerLabels';
import { hasReportedResults } from '@/model/hasReportedResults';
import { reproducibilityChecklist } from '@/model/reproducibilityChecklist';
import type { Model, Report } from '@/model/reportSchema';
import { modelsSection } from '@/model/sections/models';
import {
  resolveChecklistAnswers,
  type ResolvedChecklistAnswer,
} from '@/model/resolveChecklistAnswers';
import { describeTaskType } from '@/model/describeTaskType';
import { isRichTextEmpty, safeLinkHref, type RichText } from '@/model/richText';
import {
  getSectionDefinition,
  reportStatusOptions,
  sectionRegistry,
  type SectionId,
  type SectionValue,
} from '@/model/sectionRegistry';
import { plotKindDefinitions } from '@/plot/plotKindDefinitions';
import { resolvePlot } from '@/plot/resolvePlot';
import { buildMetricTable } from './buildMetricTable';
import type {
  OutlineBlock,
  OutlineField,
  OutlineListItem,
  OutlineSection,
  OutlineSpan,
  OutlineText,
  ReportOutline,
} from './reportOutline';
import { sanitizeReportText } from './sanitizeReportText';
import { isEmailAddress } from '@/model/isEmailAddress';
import { isRecord } from '@/model/isRecord';

interface OutlineContext {
  report: Report;
  tableCount: number;
  figureCount: number;
  /** Each reference's number in the appendix list, by id. */
  referenceNumbers: ReadonlyMap<string, number>;
}

interface FieldRendering {
  label: string;
  /** The level of this field's own heading. */
  level: number;
  /** The registry-driven rendering, for parts that only add to it. */
  renderDefault: () => OutlineBlock[];
}

type FieldRenderer = (context: OutlineContext, field: FieldRendering) => OutlineBlock[];

type SectionParts<Id extends SectionId> = {
  readonly [Key in keyof SectionValue<Id>]?: FieldRenderer;
};

type SimpleFieldSpec = Extract<
  AnyFieldSpec,
  { kind: 'text' | 'longText' | 'date' | 'email' | 'url' | 'select' | 'number' | 'checkbox' }
>;

function plain(text: string): OutlineText {
  return [{ text }];
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function isSimpleSpec(spec: AnyFieldSpec): spec is SimpleFieldSpec {
  return (
    spec.kind !== 'richText' &&
    spec.kind !== 'list' &&
    spec.kind !== 'group' &&
    spec.kind !== 'custom'
  );
}

/**
 * The value as the reader should see it, a number as it was typed (`typed`); undefined when there
 * is nothing to show.
 */
function simpleFieldText(
  spec: SimpleFieldSpec,
  value: unknown,
  typed: string | undefined,
): OutlineText | undefined {
  switch (spec.kind) {
    case 'number': {
      const unit = spec.unit?.trim() ?? '';
      const shown = describeTypedNumber(typed, typeof value === 'number' ? value : null, unit);
      if (shown === '') return undefined;
      // The app flags such text; a reader of the file must not take it for a measured value.
      if (!parseNumberInput(shown, unit).ok) return plain(`${shown} (not a number)`);
      // Typed with its unit ("21.3GB") or without, the unit is written once.
      const number = withoutTypedUnit(shown, unit);
      return plain(unit === '' ? number : `${number} ${unit}`);
    }
    case 'checkbox':
      return plain(value === true ? 'Yes' : 'No');
    case 'select': {
      if (typeof value !== 'string' || isBlank(value)) return undefined;
      return plain(spec.options.find((option) => option.value === value)?.label ?? value);
    }
    case 'url': {
      if (typeof value !== 'string' || isBlank(value)) return undefined;
      const href = safeLinkHref(value);
      return [href === undefined ? { text: value } : { text: href, href }];
    }
    case 'email': {
      if (typeof value !== 'string' || isBlank(value)) return undefined;
      const address = value.trim();
      return [
        isEmailAddress(address) ? { text: address, href: `mailto:${address}` } : { text: value },
      ];
    }
    case 'text':
    case 'longText':
    case 'date':
      return typeof value !== 'string' || isBlank(value) ? undefined : plain(value);
  }
}

function itemTitle(
  item: Record<string, unknown>,
  titleKey: string,
  itemLabel: string,
  index: number,
): string {
  const title = item[titleKey];
  return typeof title === 'string' && !isBlank(title) ? title : `${itemLabel} ${index + 1}`;
}

function listBlocks(
  spec: Extract<AnyFieldSpec, { kind: 'list' }>,
  value: unknown,
  path: FieldPath,
  level: number,
  context: OutlineContext,
): OutlineBlock[] {
  const items = Array.isArray(value) ? value.filter(isRecord) : [];
  if (items.length === 0) return [];
  const itemPath = (item: Record<string, unknown>): FieldPath =>
    listItemFieldPath(path, typeof item['id'] === 'string' ? item['id'] : '');
  const specs = fieldSpecEntries(spec.fields);
  const tabular = specs.every(([, fieldSpec]) => isSimpleSpec(fieldSpec));
  if (!tabular) {
    return items.flatMap((item, index) => [
      {
        kind: 'heading',
        level: level + 1,
        text: itemTitle(item, spec.itemTitleKey, spec.itemLabel, index),
      },
      ...containerBlocks(itemPath(item), item, spec.fields, level + 1, context, {
        skipKey: spec.itemTitleKey,
      }),
    ]);
  }

  const cellText = (
    item: Record<string, unknown>,
    key: string,
    fieldSpec: AnyFieldSpec,
  ): OutlineText | undefined => {
    const marking = noneMarkingOf(path, item, key);
    if (marking !== undefined) return marking === 'none' ? plain('none') : undefined;
    return isSimpleSpec(fieldSpec) && isFieldShown(fieldSpec, item)
      ? simpleFieldText(
          fieldSpec,
          item[key],
          context.report.typedNumbers[joinFieldPath(itemPath(item), key)],
        )
      : undefined;
  };
  const present = specs.filter(([key, fieldSpec]) =>
    items.some((item) => cellText(item, key, fieldSpec) !== undefined),
  );
  // Multi-line texts would make a table unreadable; they follow it, named by their item.
  const columns = present.filter(([, fieldSpec]) => fieldSpec.kind !== 'longText');
  const longFields = present.filter(([, fieldSpec]) => fieldSpec.kind === 'longText');
  const blocks: OutlineBlock[] = [];
  if (columns.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        columns: columns.map(([, fieldSpec]) => ({
          label: fieldSpec.label,
          align: fieldSpec.kind === 'number' ? 'right' : 'left',
        })),
        rows: items.map((item) =>
          columns.map(([key, fieldSpec]) => cellText(item, key, fieldSpec) ?? []),
        ),
      },
    });
  }
  const notes: OutlineField[] = items.flatMap((item, index) =>
    longFields.flatMap(([key, fieldSpec]) => {
      const text = cellText(item, key, fieldSpec);
      const title = itemTitle(item, spec.itemTitleKey, spec.itemLabel, index);
      return text === undefined
        ? []
        : [
            {
              label: `${fieldSpec.label} (${title})`,
              value: text,
              path: joinFieldPath(itemPath(item), key),
            },
          ];
    }),
  );
  if (notes.length > 0) blocks.push({ kind: 'fields', fields: notes });
  return blocks;
}

function defaultFieldBlocks(
  spec: AnyFieldSpec,
  value: unknown,
  path: FieldPath,
  level: number,
  context: OutlineContext,
): OutlineBlock[] {
  if (isSimpleSpec(spec)) {
    const text = simpleFieldText(spec, value, context.report.typedNumbers[path]);
    return text === undefined
      ? []
      : [{ kind: 'fields', fields: [{ label: spec.label, value: text, path }] }];
  }
  switch (spec.kind) {
    case 'richText': {
      const richText = value as RichText;
      return isRichTextEmpty(richText)
        ? []
        : [{ kind: 'richText', content: richText, level, path }];
    }
    case 'group':
      return isRecord(value) ? containerBlocks(path, value, spec.fields, level, context, {}) : [];
    case 'list':
      return listBlocks(spec, value, path, level, context);
    case 'custom':
      return customFieldParts[spec.custom](context, {
        label: spec.label,
        level,
        renderDefault: () => [],
      });
  }
}

interface ContainerOptions {
  parts?: Readonly<Record<string, FieldRenderer | undefined>>;
  /** The field already shown as the item's heading. */
  skipKey?: string;
  /** A section with a single field shows it without repeating its label. */
  omitLabels?: boolean;
}

/**
 * The shown, non-empty fields of one object. Short fields come first as one "label: value" list,
 * so they never read as part of a sub-section that happens to precede them.
 */
function containerBlocks(
  ownerPath: FieldPath,
  owner: Record<string, unknown>,
  specs: object,
  level: number,
  context: OutlineContext,
  options: ContainerOptions,
): OutlineBlock[] {
  const fields: OutlineField[] = [];
  const structured: OutlineBlock[] = [];
  for (const [key, spec] of fieldSpecEntries(specs)) {
    const marking = noneMarkingOf(ownerPath, owner, key);
    if (marking === 'none') fields.push({ label: spec.label, value: plain('none') });
    if (marking !== undefined) continue;
    if (key === options.skipKey || !isFieldShown(spec, owner)) continue;
    const fieldLevel = options.omitLabels === true ? level : level + 1;
    const renderDefault = () =>
      defaultFieldBlocks(spec, owner[key], joinFieldPath(ownerPath, key), fieldLevel, context);
    const part = options.parts?.[key];
    const blocks =
      part === undefined
        ? renderDefault()
        : part(context, { label: spec.label, level: fieldLevel, renderDefault });
    if (blocks.length === 0) continue;
    const isInline =
      spec.kind !== 'group' &&
      spec.kind !== 'list' &&
      blocks.every((block) => block.kind === 'fields');
    if (isInline) {
      for (const block of blocks) if (block.kind === 'fields') fields.push(...block.fields);
      continue;
    }
    if (options.omitLabels !== true)
      structured.push({ kind: 'heading', level: fieldLevel, text: spec.label });
    structured.push(...blocks);
  }
  return fields.length === 0 ? structured : [{ kind: 'fields', fields }, ...structured];
}

function citedReferences(context: OutlineContext, field: FieldRendering): OutlineBlock[] {
  const { references } = context.report.appendix;
  const cited = context.report.background.relatedReferenceIds.flatMap((referenceId) => {
    const number = context.referenceNumbers.get(referenceId);
    const reference = references.find((candidate) => candidate.id === referenceId);
    if (number === undefined || reference === undefined) return [];
    const title = isBlank(reference.title) ? `Reference ${number}` : reference.title;
    return [`[${number}] ${title}`];
  });
  if (cited.length === 0) return [];
  return [{ kind: 'fields', fields: [{ label: field.label, value: plain(cited.join('; ')) }] }];
}

/** What the side-by-side tables compare, in the form's order: every short field of these. */
const comparedModelFields = [
  'architecture',
  'method',
  'methodOther',
  'lora',
  'quantization',
  'adapter',
  'promptTuning',
  'dataset',
  'hyperparameters',
] as const satisfies readonly (keyof Model)[];

/** A model's column is narrow beside the labels: more models than this go into the next table. */
export const modelsPerComparisonTable = 4;

/** Shown where a setting does not apply to a model's method. */
const notApplicable = '—';

interface ComparedField {
  label: string;
  /** Each model's value, undefined where the field does not apply to it. */
  cells: (OutlineText | undefined)[];
  /** Models where it applies give different values. */
  differs: boolean;
}

/** A short field of a model card, at `keys` inside the model, inside `group` when it has one. */
interface ComparedSpec {
  spec: SimpleFieldSpec;
  keys: readonly string[];
  group?: AnyFieldSpec;
}

function comparedSpecs(): ComparedSpec[] {
  const modelsList = modelsSection.fields.models;
  if (modelsList.kind !== 'list') return [];
  return comparedModelFields.flatMap((key): ComparedSpec[] => {
    const spec: AnyFieldSpec = modelsList.fields[key];
    const entries: ComparedSpec[] =
      spec.kind === 'group'
        ? fieldSpecEntries(spec.fields).flatMap(([childKey, childSpec]) =>
            isSimpleSpec(childSpec)
              ? [{ spec: childSpec, keys: [key, childKey], group: spec }]
              : [],
          )
        : isSimpleSpec(spec)
          ? [{ spec, keys: [key] }]
          : [];
    return entries.filter((entry) => entry.spec.kind !== 'longText');
  });
}

function comparedFields(context: OutlineContext): ComparedField[] {
  const { models } = context.report.models;
  return comparedSpecs().map(({ spec, keys, group }) => {
    const cells = models.map((model): OutlineText | undefined => {
      if (group !== undefined && !isFieldShown(group, model)) return undefined;
      const owner: unknown = keys.length === 1 ? model : model[keys[0] as keyof Model];
      const record = isRecord(owner) ? owner : {};
      if (!isFieldShown(spec, record)) return undefined;
      const typed =
        context.report.typedNumbers[listItemFieldPath('models.models', model.id, ...keys)];
      return simpleFieldText(spec, record[keys.at(-1) ?? ''], typed) ?? [];
    });
    const texts = cells.flatMap((cell) =>
      cell === undefined ? [] : [cell.map((span) => span.text).join('')],
    );
    return { label: spec.label, cells, differs: new Set(texts).size > 1 };
  });
}

/**
 * The models' settings side by side, one column per model and at most four models a table. Rows
 * where no model has a value are left out; values that differ between the models are in bold.
 */
function hyperparametersSideBySide(context: OutlineContext): OutlineBlock[] {
  const { models } = context.report.models;
  if (models.length < 2) return [];
  const rows = comparedFields(context).filter((field) =>
    field.cells.some((cell) => cell !== undefined && cell.length > 0),
  );
  if (rows.length === 0) return [];
  const tables: OutlineBlock[] = [];
  for (let first = 0; first < models.length; first += modelsPerComparisonTable) {
    const group = models.slice(first, first + modelsPerComparisonTable);
    const last = first + group.length;
    context.tableCount += 1;
    const part =
      models.length <= modelsPerComparisonTable
        ? ''
        : ` (models ${first + 1}–${last} of ${models.length})`;
    tables.push({
      kind: 'table',
      table: {
        caption: `Table ${context.tableCount}: Settings side by side${part}; values that differ between the models in bold`,
        columns: [
          { label: 'Setting', align: 'left' },
          ...group.map((model, index) => ({
            label: modelDisplayName(model, first + index),
            align: 'left' as const,
          })),
        ],
        rows: rows.map((row) => [
          plain(row.label),
          ...row.cells.slice(first, last).map((cell): OutlineText => {
            if (cell === undefined) return plain(notApplicable);
            return row.differs ? cell.map((span) => ({ ...span, strong: true })) : cell;
          }),
        ]),
      },
    });
  }
  return tables;
}

function modelsWithSummary(context: OutlineContext, field: FieldRendering): OutlineBlock[] {
  const rows = deriveModelSummary(context.report);
  if (rows.length === 0) return [];
  context.tableCount += 1;
  const summary: OutlineBlock = {
    kind: 'table',
    table: {
      caption: `Table ${context.tableCount}: Summary of the fine-tuned models`,
      columns: modelSummaryColumns.map((column) => ({
        label: column.label,
        align: column.key === 'epochs' || column.key === 'learningRate' ? 'right' : 'left',
      })),
      rows: rows.map((row) => modelSummaryColumns.map((column) => plain(row[column.key]))),
    },
  };
  return [summary, ...hyperparametersSideBySide(context), ...field.renderDefault()];
}

function metricTable(context: OutlineContext): OutlineBlock[] {
  const table = buildMetricTable(context.report);
  if (table === undefined) return [];
  context.tableCount += 1;
  const { legend, ...rest } = table;
  const caption = `Table ${context.tableCount}: Results per model, metric and split (${legend})`;
  return [{ kind: 'table', table: { ...rest, caption } }];
}

function describeAxis(name: string, label: string, unit: string, logScale: boolean): string {
  const text = isBlank(label) ? name : label;
  const withUnit = isBlank(unit) ? text : `${text} (${unit})`;
  return logScale ? `${withUnit}, log scale` : withUnit;
}

function plotFigures(context: OutlineContext): OutlineBlock[] {
  const { models } = context.report.models;
  return context.report.results.plots.map((storedPlot): OutlineBlock => {
    const { plot } = resolvePlot(context.report, storedPlot);
    context.figureCount += 1;
    const series = plot.series.map((entry, index) => {
      const modelIndex = models.findIndex((model) => model.id === entry.modelId);
      const model = models[modelIndex];
      const name = isBlank(entry.label) ? `Series ${index + 1}` : entry.label;
      const modelName = model === undefined ? '' : modelDisplayName(model, modelIndex);
      const owner = modelName === '' || name.includes(modelName) ? '' : ` (${modelName})`;
      const points = entry.points.length === 1 ? '1 point' : `${entry.points.length} points`;
      return `${name}${owner}: ${points}`;
    });
    const notes = [
      `${plotKindDefinitions[plot.kind].label}; x: ${describeAxis('x', plot.xLabel, plot.xUnit, false)}; y: ${describeAxis('y', plot.yLabel, plot.yUnit, plot.logScale)}.`,
    ];
    if (series.length > 0) notes.push(`Series: ${series.join('; ')}.`);
    return {
      kind: 'figure',
      figure: {
        plotId: plot.id,
        number: context.figureCount,
        title: isBlank(plot.title) ? plotKindDefinitions[plot.kind].label : plot.title,
        caption: plot.caption,
        notes,
      },
    };
  });
}

function bestModel(context: OutlineContext, field: FieldRendering): OutlineBlock[] {
  const { models } = context.report.models;
  const index = models.findIndex((model) => model.id === context.report.conclusion.bestModelId);
  const model = models[index];
  if (model === undefined) return [];
  return [
    {
      kind: 'fields',
      fields: [{ label: field.label, value: plain(modelDisplayName(model, index)) }],
    },
  ];
}

function withPeriod(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function referenceList(context: OutlineContext): OutlineBlock[] {
  const items = context.report.appendix.references.map((reference, index): OutlineListItem => {
    const year = reference.year === null ? '' : `(${formatNumber(reference.year)})`;
    const byline = [reference.authors.trim(), year].filter((part) => part !== '').join(' ');
    const title = isBlank(reference.title) ? `Reference ${index + 1}` : reference.title;
    const citation = [byline, title, reference.venue]
      .filter((part) => !isBlank(part))
      .map(withPeriod)
      .join(' ');
    const content: OutlineSpan[] = [{ text: citation }];
    const link = reference.link.trim();
    if (link !== '') {
      const href = safeLinkHref(link);
      content.push({ text: ' ' }, href === undefined ? { text: link } : { text: href, href });
    }
    const blocks: OutlineBlock[] = isBlank(reference.bibtex)
      ? []
      : [{ kind: 'codeBlock', language: 'bibtex', text: reference.bibtex.trim() }];
    return { content, blocks };
  });
  return items.length === 0 ? [] : [{ kind: 'list', ordered: true, items }];
}

function checklistWhereOrWhy(answer: ResolvedChecklistAnswer): string {
  const pointer = `${getSectionDefinition(answer.derived.sectionId).title}: ${answer.derived.reason}`;
  if (answer.origin === 'author')
    return answer.justification === '' ? pointer : answer.justification;
  return answer.justification === '' ? pointer : `${pointer} Note: ${answer.justification}`;
}

function checklistSource(answer: ResolvedChecklistAnswer): string {
  if (answer.origin === 'derived') return 'Derived';
  return answer.answer === answer.derived.answer
    ? 'Author'
    : `Author (derived: ${checklistAnswerLabels[answer.derived.answer]})`;
}

/** Every item with the answer in force; derived answers exist only here, JSON keeps the overrides. */
function checklistTable(context: OutlineContext): OutlineBlock[] {
  const { checklist } = context.report.appendix;
  const knownIds = new Set<string>(reproducibilityChecklist.map((item) => item.id));
  const resolved = resolveChecklistAnswers(context.report);
  // Before any result or answer every item reads N/A; like an empty field, that is left out.
  const nothingAnswered =
    !hasReportedResults(context.report) &&
    Object.keys(checklist).length === 0 &&
    resolved.every((answer) => answer.answer === 'not-applicable');
  if (nothingAnswered) return [];
  const rows: OutlineText[][] = resolved.map((answer) => [
    plain(answer.item.question),
    plain(checklistAnswerLabels[answer.answer]),
    plain(checklistSource(answer)),
    plain(checklistWhereOrWhy(answer)),
  ]);
  // Answers to items no longer in the checklist are still the author's words: keep them, by id.
  for (const itemId of Object.keys(checklist).filter((id) => !knownIds.has(id))) {
    const entry = checklist[itemId];
    if (entry === undefined || (entry.answer === '' && isBlank(entry.justification))) continue;
    rows.push([
      plain(itemId),
      plain(entry.answer === '' ? '—' : checklistAnswerLabels[entry.answer]),
      plain('Author'),
      plain(entry.justification),
    ]);
  }
  return [
    {
      kind: 'paragraph',
      content: plain(
        "The experiment items of Pineau's ML reproducibility checklist, items 4–8 of the NeurIPS paper checklist and the ML Code Completeness Checklist. Derived answers follow from the report's own fields, named in the last column; “Partly — check the text” means only some models give them, or only the prose mentions them. The author's answers override derived ones.",
      ),
    },
    {
      kind: 'table',
      table: {
        columns: [
          { label: 'Item', align: 'left' },
          { label: 'Answer', align: 'left' },
          { label: 'Source', align: 'left' },
          { label: 'Where or why', align: 'left' },
        ],
        rows,
      },
    },
  ];
}

/** What each section shows beyond its generic fields; a new section fails to compile until listed. */
const sectionParts: { readonly [Id in SectionId]: SectionParts<Id> } = {
  titlePage: {},
  abstract: {},
  background: {},
  problem: {},
  models: { models: modelsWithSummary },
  setup: {},
  results: {},
  conclusion: {},
  appendix: { references: referenceList },
};

/** The export of each field that has its own editor; a new one fails to compile until listed. */
const customFieldParts: { readonly [Id in CustomFieldId]: FieldRenderer } = {
  citedReferences,
  metricTable,
  plots: plotFigures,
  bestModel,
  checklist: checklistTable,
};

function collectKeywords(report: Report): string[] {
  const candidates = [
    ...report.models.models.flatMap((model) => [model.architecture, describeMethod(model)]),
    ...report.setup.datasets.map((dataset) => dataset.name),
    describeTaskType(report.problem),
    'fine-tuning',
  ];
  return [
    ...new Set(
      candidates.map((candidate) => candidate.trim()).filter((candidate) => candidate !== ''),
    ),
  ];
}

/** Decides, once for every format, what a report export shows and in which order. */
export function buildReportOutline(unsafeReport: Report): ReportOutline {
  const report = sanitizeReportText(unsafeReport);
  const context: OutlineContext = {
    report,
    tableCount: 0,
    figureCount: 0,
    referenceNumbers: new Map(
      report.appendix.references.map((reference, index) => [reference.id, index + 1]),
    ),
  };
  const sections = sectionRegistry.map((section): OutlineSection => {
    const value: Record<string, unknown> = report[section.id];
    const parts: Readonly<Record<string, FieldRenderer | undefined>> = sectionParts[section.id];
    return {
      id: section.id,
      number: section.number,
      heading: `${section.number}. ${section.title}`,
      blocks: containerBlocks(section.id, value, section.fields, 1, context, {
        parts,
        omitLabels: fieldSpecEntries(section.fields).length === 1,
      }),
    };
  });
  const { titlePage } = report;
  return {
    title: isBlank(titlePage.title) ? 'Untitled report' : titlePage.title.trim(),
    titlePage,
    statusLabel:
      reportStatusOptions.find((option) => option.value === titlePage.status)?.label ??
      titlePage.status,
    keywords: collectKeywords(report),
    sections,
  };
}
