import { createEmptyModel, createEmptyReport } from '@/model/createEmptyReport';
import { getValueAtPath } from '@/model/fieldPath';
import { isReportBlank } from '@/model/isReportBlank';
import { formatNumber } from '@/model/numberInput';
import type { Metric, Model, Plot, Report } from '@/model/reportSchema';
import { fieldSpecAtPath } from '@/model/fieldSpecAtPath';
import { richTextToPlainText, type RichText } from '@/model/richText';
import { getSectionDefinition, sectionIds, type SectionId } from '@/model/sectionRegistry';
import { fileNameOfPath } from './fileNameOfPath';
import { findingPrecedenceRank } from './findingPrecedenceRank';
import { formatImportValue } from './formatImportValue';
import { importFieldRank } from './importFieldRank';
import { importFieldSpec } from './importFieldSpec';
import { metricDisplayNames } from './metricDisplayNames';
import { metricMatchKey } from './metricMatchKey';
import { normalizePackageName } from './normalizePackageName';
import type {
  AppendixTextFinding,
  FieldValueFinding,
  ImportedPlotSeries,
  LibraryVersionFinding,
  ListItemFinding,
  LoggingToolFinding,
  MetricIdentity,
  MetricResultFinding,
  ModelField,
  ModelFieldFinding,
  ProposedAlternative,
  ProposedChange,
  ReportField,
  ReportFieldFinding,
  RunFinding,
  RunImportOperation,
  RunImportParse,
  RunImportTarget,
  RunPoint,
  RunSeries,
  RunSource,
} from './runImportTypes';

export interface RunImportProposalOptions {
  /** The x axis of imported curves; epochs are used only when every series has them. */
  xAxis?: 'step' | 'epoch';
}

/** Why a value that is only a hint (precedence `hint`) may be wrong, shown under the change. */
const hintDetails: Partial<Record<ModelField | ReportField, string>> = {
  'setup.cudaVersion':
    'nvidia-smi and W&B report the newest CUDA the driver supports; PyTorch may have been built for an older one.',
  'problem.taskType':
    "Suggested by PEFT's task_type: a classifier that generates its labels is still classification.",
  'setup.cpu': 'Only the number of cores is known, not the CPU model.',
  architecture: 'Only the model class is known, not the checkpoint it started from.',
};

const maxPlots = 100;
const maxSeriesPerPlot = 100;
const sectionOrder: readonly SectionId[] = sectionIds;
/** Rich text is shown in the review as its first words. */
const richTextPreviewLength = 160;

type ApplicableFinding = Exclude<RunFinding, { kind: 'note' }>;

interface Group<Found extends ApplicableFinding> {
  winner: Found;
  alsoFoundIn: RunSource[];
  alternatives: ProposedAlternative[];
}

function sectionTitle(sectionId: SectionId): string {
  return getSectionDefinition(sectionId).title;
}

/** Groups findings by the field they write; the most trusted (then the first) wins. */
function groupFindings<Found extends ApplicableFinding>(
  findings: readonly Found[],
  keyOf: (finding: Found) => string,
  format: (finding: Found) => string,
): Group<Found>[] {
  const byKey = new Map<string, Found[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    byKey.set(key, [...(byKey.get(key) ?? []), finding]);
  }
  return [...byKey.values()].flatMap((members) => {
    const winner = members.reduce((best, finding) =>
      findingPrecedenceRank[finding.precedence] < findingPrecedenceRank[best.precedence]
        ? finding
        : best,
    );
    const shown = format(winner);
    const alsoFoundIn: RunSource[] = [];
    const alternatives: ProposedAlternative[] = [];
    for (const member of members) {
      if (member === winner) continue;
      const value = format(member);
      if (value === shown) alsoFoundIn.push(member.source);
      else if (!alternatives.some((alternative) => alternative.value === value)) {
        alternatives.push({ value, source: member.source });
      }
    }
    return [{ winner, alsoFoundIn, alternatives }];
  });
}

function isRichTextValue(value: unknown): value is RichText {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc'
  );
}

function formatFieldValue(finding: FieldValueFinding, value: unknown, typedText?: string): string {
  if (isRichTextValue(value)) {
    const text = richTextToPlainText(value).replace(/\s+/gu, ' ').trim();
    return text.length > richTextPreviewLength
      ? `${text.slice(0, richTextPreviewLength - 1)}…`
      : text;
  }
  if (typedText !== undefined && typeof value === 'number') return typedText;
  const spec = fieldSpecAtPath(
    finding.scope === 'model' ? `models.models.${finding.path}` : finding.path,
  );
  return spec === undefined ? String(value ?? '') : formatImportValue(spec, value);
}

function isCommonMetric(metric: MetricIdentity): boolean {
  return (
    metric.key.toLowerCase() in metricDisplayNames || metric.key.toLowerCase().endsWith('loss')
  );
}

function findMetric(metrics: readonly Metric[], metric: MetricIdentity): Metric | undefined {
  const keys = new Set([metricMatchKey(metric.key), metricMatchKey(metric.name)]);
  return metrics.find((candidate) => keys.has(metricMatchKey(candidate.name)));
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function describeSeries(series: readonly ImportedPlotSeries[]): string {
  const points = series.reduce((total, entry) => total + entry.points.length, 0);
  const names = series.slice(0, 4).map((entry) => entry.label);
  const more = series.length > 4 ? `, +${series.length - 4} more` : '';
  return `${series.length} series (${names.join(', ')}${more}); ${points.toLocaleString('en-US')} points`;
}

function samePoints(left: readonly RunPoint[], right: readonly RunPoint[]): boolean {
  return (
    left.length === right.length &&
    left.every((point, index) => point[0] === right[index]?.[0] && point[1] === right[index]?.[1])
  );
}

function epochPoints(series: RunSeries): RunPoint[] | null {
  if (series.xLabel === 'Epoch') return series.points;
  return series.byEpoch !== null && series.byEpoch.length > 0 ? series.byEpoch : null;
}

interface PlotGroup {
  id: string;
  kind: Plot['kind'];
  title: string;
  yLabel: string;
  series: RunSeries[];
  accepted: boolean;
}

/**
 * Compares what the run files hold with the report and lists every change an import would make,
 * for the review dialog. Values go to `target` (an existing model, or a model created on apply).
 *
 * A change is ticked when it fills an empty field (or one still at its blank-report default,
 * unless the value is only a hint, like the task type a PEFT task_type suggests) or adds an
 * entry; it is unticked when it would overwrite a value the user already has, because a
 * file from another run must not silently replace what someone typed: the dialog shows both
 * values, so ticking is one click. Values already equal are not listed. New metrics whose name
 * is not a common one (DPO's `logps/chosen`), metrics whose split the file does not name, and
 * learning-rate or gradient-norm curves also start unticked.
 */
export function buildRunImportProposal(
  parse: RunImportParse,
  report: Report,
  target: RunImportTarget,
  options: RunImportProposalOptions = {},
): ProposedChange[] {
  const existingModel: Model | undefined =
    'modelId' in target
      ? report.models.models.find((model) => model.id === target.modelId)
      : undefined;
  if ('modelId' in target && existingModel === undefined) {
    throw new Error(`The report has no model with id "${target.modelId}".`);
  }
  const modelIndex = existingModel === undefined ? -1 : report.models.models.indexOf(existingModel);
  const modelName =
    'newModelName' in target
      ? target.newModelName.trim() || 'Imported model'
      : existingModel?.name.trim() || `Model ${modelIndex + 1}`;
  const model = existingModel ?? createEmptyModel('new-model');
  const blankModel = createEmptyModel('blank');
  /** The model a value goes to: the target, or for a file's later models the one of that name. */
  const modelFor = (
    named: string | undefined,
  ): { target: RunImportTarget; existing: Model | undefined; name: string } => {
    if (named === undefined) return { target, existing: existingModel, name: modelName };
    const wanted = named.trim().toLowerCase();
    const existing = report.models.models.find(
      (candidate) => candidate.name.trim().toLowerCase() === wanted,
    );
    return existing === undefined
      ? { target: { newModelName: named.trim() }, existing: undefined, name: named.trim() }
      : { target: { modelId: existing.id }, existing, name: existing.name.trim() || named.trim() };
  };
  const blankReport = createEmptyReport('blank');
  const changes: ProposedChange[] = [];

  const push = (
    change: Omit<ProposedChange, 'sectionTitle' | 'alsoFoundIn' | 'alternatives' | 'detail'> &
      Partial<Pick<ProposedChange, 'alsoFoundIn' | 'alternatives' | 'detail'>>,
  ): void => {
    changes.push({
      alsoFoundIn: [],
      alternatives: [],
      detail: '',
      ...change,
      sectionTitle: sectionTitle(change.sectionId),
    });
  };

  const findings = parse.findings.filter(
    (finding): finding is ApplicableFinding => finding.kind !== 'note',
  );

  const modelFindings = findings.filter(
    (finding): finding is ModelFieldFinding => finding.kind === 'model-field',
  );
  const byFieldOrder = <Found extends ModelFieldFinding | ReportFieldFinding>(
    groups: Group<Found>[],
    scope: 'model' | 'report',
  ): Group<Found>[] =>
    [...groups].sort(
      (left, right) =>
        importFieldRank(left.winner.field, scope) - importFieldRank(right.winner.field, scope),
    );

  for (const group of byFieldOrder(
    groupFindings(
      modelFindings,
      (finding) => finding.field,
      (finding) => formatImportValue(importFieldSpec(finding.field, 'model'), finding.value),
    ),
    'model',
  )) {
    const { winner } = group;
    const spec = importFieldSpec(winner.field, 'model');
    const current = getValueAtPath(model, winner.field);
    // A new model shows every value found, even one equal to a blank model's default (LoRA).
    if (existingModel !== undefined && current === winner.value) continue;
    const isBlank =
      existingModel === undefined || current === getValueAtPath(blankModel, winner.field);
    const isEmpty = existingModel === undefined || current === '' || current === null;
    const operation: RunImportOperation = {
      kind: 'set-model-field',
      model: target,
      finding: winner,
    };
    push({
      id: `model:${winner.field}`,
      kind: isBlank ? 'new' : 'replace',
      sectionId: 'models',
      targetLabel: `${modelName} › ${spec.label}`,
      currentValue: existingModel === undefined ? '' : formatImportValue(spec, current),
      newValue: formatImportValue(spec, winner.value),
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      alternatives: group.alternatives,
      detail:
        winner.detail ?? (winner.precedence === 'hint' ? (hintDetails[winner.field] ?? '') : ''),
      accepted: isBlank && (isEmpty || winner.precedence !== 'hint'),
      operation,
    });
  }

  const reportFindings = findings.filter(
    (finding): finding is ReportFieldFinding => finding.kind === 'report-field',
  );
  for (const group of byFieldOrder(
    groupFindings(
      reportFindings,
      (finding) => finding.field,
      (finding) => formatImportValue(importFieldSpec(finding.field, 'report'), finding.value),
    ),
    'report',
  )) {
    const { winner } = group;
    const spec = importFieldSpec(winner.field, 'report');
    const current = getValueAtPath(report, winner.field);
    if (current === winner.value) continue;
    const isBlank = current === getValueAtPath(blankReport, winner.field);
    const isEmpty = current === '' || current === null;
    const sectionId = winner.field.split('.')[0] as SectionId;
    push({
      id: `report:${winner.field}`,
      kind: isBlank ? 'new' : 'replace',
      sectionId,
      targetLabel: spec.label,
      currentValue: formatImportValue(spec, current),
      newValue: formatImportValue(spec, winner.value),
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      alternatives: group.alternatives,
      detail:
        winner.detail ?? (winner.precedence === 'hint' ? (hintDetails[winner.field] ?? '') : ''),
      accepted: isBlank && (isEmpty || winner.precedence !== 'hint'),
      operation: { kind: 'set-report-field', finding: winner },
    });
  }

  const fieldFindings = findings.filter(
    (finding): finding is FieldValueFinding => finding.kind === 'field-value',
  );
  for (const group of groupFindings(
    fieldFindings,
    (finding) => `${finding.model ?? ''}:${finding.scope}:${finding.path}`,
    (finding) => formatFieldValue(finding, finding.value, finding.typedText),
  )) {
    const { winner } = group;
    const inModel = winner.scope === 'model';
    const owner = modelFor(inModel ? winner.model : undefined);
    const existingModel = owner.existing;
    const model = existingModel ?? blankModel;
    const current: unknown = inModel
      ? getValueAtPath(model, winner.path)
      : getValueAtPath(report, winner.path);
    const blank: unknown = inModel
      ? getValueAtPath(blankModel, winner.path)
      : getValueAtPath(blankReport, winner.path);
    const typedPath = inModel
      ? `models.models#${existingModel?.id ?? ''}.${winner.path}`
      : winner.path;
    const currentTyped = report.typedNumbers[typedPath];
    const same =
      JSON.stringify(current) === JSON.stringify(winner.value) &&
      (winner.typedText === undefined ||
        currentTyped === undefined ||
        currentTyped === winner.typedText);
    if ((!inModel || existingModel !== undefined) && same) continue;
    const isBlank =
      (inModel && existingModel === undefined) ||
      JSON.stringify(current) === JSON.stringify(blank) ||
      (isRichTextValue(current) && richTextToPlainText(current).trim() === '');
    const isEmpty =
      (inModel && existingModel === undefined) ||
      current === '' ||
      current === null ||
      (isRichTextValue(current) && richTextToPlainText(current).trim() === '');
    const sectionId: SectionId = inModel ? 'models' : (winner.path.split('.')[0] as SectionId);
    const operation: RunImportOperation = {
      kind: 'set-field-value',
      scope: winner.scope,
      model: owner.target,
      path: winner.path,
      value: winner.value,
      ...(winner.typedText === undefined ? {} : { typedText: winner.typedText }),
    };
    push({
      id:
        winner.model === undefined
          ? `field:${winner.scope}:${winner.path}`
          : `field:${winner.scope}:${winner.model}:${winner.path}`,
      kind: isBlank ? 'new' : 'replace',
      sectionId,
      targetLabel: inModel ? `${owner.name} › ${winner.label}` : winner.label,
      currentValue:
        inModel && existingModel === undefined
          ? ''
          : formatFieldValue(
              winner,
              current,
              typeof current === 'number' ? currentTyped : undefined,
            ),
      newValue: formatFieldValue(winner, winner.value, winner.typedText),
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      alternatives: group.alternatives,
      detail: winner.detail ?? '',
      accepted: isBlank && (isEmpty || winner.precedence !== 'hint'),
      operation,
    });
  }

  const librariesLabel = importFieldSpec('setup.libraryVersions', 'report').label;
  const libraryFindings = findings.filter(
    (finding): finding is LibraryVersionFinding => finding.kind === 'library-version',
  );
  for (const group of groupFindings(
    libraryFindings,
    (finding) => normalizePackageName(finding.name),
    (finding) => finding.version,
  )) {
    const { winner } = group;
    const existing = report.setup.libraryVersions.find(
      (library) => normalizePackageName(library.name) === normalizePackageName(winner.name),
    );
    if (existing?.version.trim() === winner.version) continue;
    const replaces = existing !== undefined && existing.version.trim() !== '';
    push({
      id: `library:${normalizePackageName(winner.name)}`,
      kind: existing === undefined ? 'add' : replaces ? 'replace' : 'new',
      sectionId: 'setup',
      targetLabel: `${librariesLabel} › ${winner.name}`,
      currentValue: existing?.version ?? '',
      newValue: winner.version,
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      alternatives: group.alternatives,
      accepted: !replaces,
      operation: { kind: 'set-library-version', name: winner.name, version: winner.version },
    });
  }

  const toolsLabel = importFieldSpec('setup.loggingTools', 'report').label;
  const toolFindings = findings.filter(
    (finding): finding is LoggingToolFinding => finding.kind === 'logging-tool',
  );
  for (const group of groupFindings(
    toolFindings,
    (finding) => finding.tool.toLowerCase(),
    () => '',
  )) {
    const { winner } = group;
    const known = report.setup.loggingTools.some(
      (tool) => tool.tool.trim().toLowerCase() === winner.tool.toLowerCase(),
    );
    if (known) continue;
    push({
      id: `logging:${winner.tool.toLowerCase()}`,
      kind: 'add',
      sectionId: 'setup',
      targetLabel: `${toolsLabel} › ${winner.tool}`,
      currentValue: '',
      newValue: winner.tool,
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      accepted: true,
      operation: { kind: 'add-logging-tool', tool: winner.tool, runLink: winner.runLink },
    });
  }

  // Before the metric results, so a result finds the metric its table row adds by name.
  const listFindings = findings.filter(
    (finding): finding is ListItemFinding => finding.kind === 'list-item',
  );
  listFindings.forEach((finding, index) => {
    const spec = fieldSpecAtPath(finding.path);
    if (spec?.kind !== 'list') return;
    const titleKey = spec.itemTitleKey;
    const titleValue = finding.values[titleKey];
    const title = typeof titleValue === 'string' ? titleValue.trim() : '';
    const entries = getValueAtPath(report, finding.path);
    const existing = (Array.isArray(entries) ? (entries as Record<string, unknown>[]) : []).find(
      (entry) => {
        const entryTitle = entry[titleKey];
        return (
          title !== '' &&
          typeof entryTitle === 'string' &&
          entryTitle.trim().toLowerCase() === title.toLowerCase()
        );
      },
    );
    const blankEntry: Record<string, unknown> = spec.createItem('blank');
    const changed = Object.entries(finding.values).filter(
      ([key, value]) => existing === undefined || existing[key] !== value,
    );
    if (existing !== undefined && changed.length === 0) return;
    const labelOf = (key: string): string => {
      const field = (spec.fields as Record<string, { label?: string } | undefined>)[key];
      return field?.label ?? key;
    };
    const describe = (values: readonly (readonly [string, unknown])[]): string =>
      values
        .filter(([, value]) => value !== '' && value !== null && value !== undefined)
        .map(([key, value]) => `${labelOf(key)}: ${String(value)}`)
        .join('; ');
    const replaces =
      existing !== undefined &&
      changed.some(([key]) => existing[key] !== blankEntry[key] && existing[key] !== '');
    push({
      id: `list:${finding.path}:${index}`,
      kind: existing === undefined ? 'add' : replaces ? 'replace' : 'new',
      sectionId: finding.path.split('.')[0] as SectionId,
      targetLabel: `${spec.label} › ${title === '' ? spec.itemLabel : title}`,
      currentValue:
        existing === undefined ? '' : describe(changed.map(([key]) => [key, existing[key]])),
      newValue: describe(existing === undefined ? Object.entries(finding.values) : changed),
      source: finding.source,
      accepted: !replaces,
      operation: {
        kind: 'set-list-item',
        path: finding.path,
        itemId: typeof existing?.['id'] === 'string' ? existing['id'] : null,
        values: finding.values,
        typedTexts: finding.typedTexts,
      },
    });
  });

  const metricFindings = findings.filter(
    (finding): finding is MetricResultFinding => finding.kind === 'metric-result',
  );
  for (const group of groupFindings(
    metricFindings,
    (finding) =>
      `${finding.model ?? ''}:${metricMatchKey(finding.metric.key) || finding.metric.key}:${finding.split}`,
    (finding) => formatNumber(finding.value),
  )) {
    const { winner } = group;
    const owner = modelFor(winner.model);
    const existingModel = owner.existing;
    const metric = findMetric(report.problem.metrics, winner.metric);
    const existing =
      metric === undefined || existingModel === undefined
        ? undefined
        : report.results.metricResults.find(
            (result) =>
              result.modelId === existingModel.id &&
              result.metricId === metric.id &&
              result.split === winner.split,
          );
    const aggregate = winner.aggregate;
    const sameAggregate =
      aggregate === undefined ||
      (existing?.spread === aggregate.spread &&
        existing.spreadKind === aggregate.spreadKind &&
        existing.runs === aggregate.runs &&
        existing.aggregation === aggregate.aggregation);
    if (existing?.value === winner.value && sameAggregate) continue;
    const replaces = existing !== undefined && existing.value !== null;
    const details: string[] = [];
    if (metric === undefined) {
      details.push(
        `Adds the metric "${winner.metric.name}" to Problem definition (${winner.metric.higherIsBetter ? 'higher' : 'lower'} is better).`,
      );
    }
    if (winner.splitAssumed)
      details.push('The file does not say which split this is; validation is assumed.');
    push({
      id: `metric:${winner.model === undefined ? '' : `${winner.model}:`}${metricMatchKey(winner.metric.key) || winner.metric.key}:${winner.split}`,
      kind: existing === undefined ? 'add' : replaces ? 'replace' : 'new',
      sectionId: 'results',
      targetLabel: `${owner.name} › ${metric?.name ?? winner.metric.name} (${winner.split})`,
      currentValue: existing === undefined ? '' : formatNumber(existing.value),
      newValue: formatNumber(winner.value),
      source: winner.source,
      alsoFoundIn: group.alsoFoundIn,
      alternatives: group.alternatives,
      detail: details.join(' '),
      accepted:
        !replaces &&
        !winner.splitAssumed &&
        (metric !== undefined || isCommonMetric(winner.metric)),
      operation: {
        kind: 'set-metric-result',
        model: owner.target,
        metric: winner.metric,
        metricId: metric?.id ?? null,
        split: winner.split,
        value: winner.value,
        ...(winner.typedText === undefined ? {} : { typedText: winner.typedText }),
        ...(aggregate === undefined ? {} : { aggregate }),
      },
    });
  }

  const appendixFindings = findings.filter(
    (finding): finding is AppendixTextFinding => finding.kind === 'appendix-text',
  );
  const [firstAppendix] = appendixFindings;
  if (firstAppendix !== undefined) {
    const path = 'appendix.additionalLogs';
    const label = fieldSpecAtPath(path)?.label ?? 'Additional logs';
    const content: RichText = {
      type: 'doc',
      content: appendixFindings.flatMap((finding) => [
        ...(finding.heading === ''
          ? []
          : [
              {
                type: 'heading' as const,
                attrs: { level: 3 },
                content: [{ type: 'text' as const, text: finding.heading }],
              },
            ]),
        ...(finding.content.content ?? []),
      ]),
    };
    const headings = appendixFindings.map((finding) => finding.label);
    const current = report.appendix.additionalLogs;
    const currentText = richTextToPlainText(current).trim();
    const flattened = (text: string): string => text.replace(/\s+/gu, ' ').trim();
    // Importing the same file again must not add its text a second time.
    const intoBlankReport = isReportBlank(report);
    const alreadyThere = flattened(currentText).includes(flattened(richTextToPlainText(content)));
    if (!alreadyThere)
      push({
        id: 'appendix:text-without-a-field',
        kind: 'add',
        sectionId: 'appendix',
        targetLabel: `${label} › text with no field of its own`,
        currentValue: currentText === '' ? '' : `${currentText.split(/\s+/u).length} words (kept)`,
        newValue: `${headings.length} part${headings.length === 1 ? '' : 's'}: ${headings.slice(0, 6).join('; ')}${headings.length > 6 ? `; +${headings.length - 6} more` : ''}`,
        source: firstAppendix.source,
        alsoFoundIn: appendixFindings.slice(1).map((finding) => finding.source),
        detail: intoBlankReport
          ? 'Added after what the field holds, each part under its heading in the file.'
          : 'Added after what the field holds, each part under its heading in the file. Unticked because the report already has content (importing a report into itself would repeat its tables here).',
        accepted: intoBlankReport,
        operation: { kind: 'append-rich-text', path, content },
      });
  }

  const plotGroups: PlotGroup[] = [];
  const plotGroupFor = (id: string, create: () => Omit<PlotGroup, 'id' | 'series'>): PlotGroup => {
    let group = plotGroups.find((candidate) => candidate.id === id);
    if (group === undefined) {
      group = { id, series: [], ...create() };
      plotGroups.push(group);
    }
    return group;
  };
  for (const series of parse.series) {
    // One point is a value, not a curve; it is in the metric table already.
    if (series.points.length < 2) continue;
    if (series.role === 'loss') {
      plotGroupFor('plot:loss-curve', () => ({
        kind: 'loss-curve',
        title: 'Training and validation loss',
        yLabel: 'Loss',
        accepted: true,
      })).series.push(series);
    } else if (series.role === 'metric' || series.role === 'optimizer') {
      const key = series.metric.key.toLowerCase();
      const isOptimizer = series.role === 'optimizer';
      plotGroupFor(`plot:${series.role}:${key}`, () => ({
        kind: 'metric-curve',
        title: `${series.metric.name} during training`,
        yLabel: series.metric.name,
        accepted:
          !isOptimizer &&
          (isCommonMetric(series.metric) ||
            findMetric(report.problem.metrics, series.metric) !== undefined),
      })).series.push(series);
    }
  }

  const plotRank = (group: PlotGroup): number =>
    group.kind === 'loss-curve' ? 0 : group.id.startsWith('plot:optimizer:') ? 2 : 1;
  plotGroups.sort((left, right) => plotRank(left) - plotRank(right));

  let plotsLeft = maxPlots - report.results.plots.length;
  for (const group of plotGroups) {
    const joined = report.results.plots.find((plot) =>
      group.kind === 'loss-curve'
        ? plot.kind === 'loss-curve'
        : plot.kind === group.kind && plot.title === group.title,
    );
    const wantsEpoch =
      (options.xAxis ?? (joined?.xLabel.toLowerCase() === 'epoch' ? 'epoch' : 'step')) === 'epoch';
    const useEpoch =
      (wantsEpoch || group.series.every((series) => series.xLabel === 'Epoch')) &&
      group.series.every((series) => epochPoints(series) !== null);
    const xLabel = useEpoch ? 'Epoch' : 'Step';
    const joinedPlot =
      joined !== undefined &&
      (joined.series.length === 0 || joined.xLabel.toLowerCase() === xLabel.toLowerCase())
        ? joined
        : undefined;
    if (joinedPlot === undefined && plotsLeft <= 0) continue;
    if (joinedPlot === undefined) plotsLeft -= 1;

    const usedLabels = new Set((joinedPlot?.series ?? []).map((series) => series.label));
    const room = maxSeriesPerPlot - (joinedPlot?.series.length ?? 0);
    const pointsOf = (series: RunSeries): RunPoint[] =>
      (useEpoch ? epochPoints(series) : null) ?? series.points;
    // Importing the same files again must not draw the same curve twice.
    const fresh = group.series.filter(
      (series) =>
        !(joinedPlot?.series ?? []).some((existing) =>
          samePoints(existing.points, pointsOf(series)),
        ),
    );
    const chosen = fresh.slice(0, Math.max(0, room));
    if (chosen.length === 0) continue;
    const imported: ImportedPlotSeries[] = chosen.map((series) => {
      const owner = series.run === '' ? modelName : series.run;
      let label = `${owner} ${lowerFirst(series.label)}`;
      if (usedLabels.has(label))
        label = `${label} (${series.name}, ${fileNameOfPath(series.source.file)})`;
      for (let suffix = 2; usedLabels.has(label); suffix += 1) label = `${label} ${suffix}`;
      usedLabels.add(label);
      return {
        label,
        modelId: series.run === '' ? 'target' : '',
        points: pointsOf(series),
      };
    });
    const files = [...new Set(chosen.map((series) => fileNameOfPath(series.source.file)))];
    const caption = `Logged values from ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more files` : ''}.`;
    const details: string[] = [];
    if (fresh.length > chosen.length) {
      details.push(
        `Only ${chosen.length} of ${fresh.length} series fit (at most ${maxSeriesPerPlot} per plot).`,
      );
    }
    const thinned = chosen.filter((series) => series.totalPoints > series.points.length).length;
    if (thinned > 0) details.push(`${thinned} long series were thinned to evenly spaced points.`);
    const [first, ...others] = chosen;
    if (first === undefined) continue;
    push({
      id: group.id,
      kind: 'add',
      sectionId: 'results',
      targetLabel: `Plots › ${joinedPlot?.title || group.title}`,
      currentValue: joinedPlot === undefined ? '' : `${joinedPlot.series.length} series`,
      newValue: describeSeries(imported),
      source: first.source,
      alsoFoundIn: others.map((series) => series.source),
      detail: details.join(' '),
      accepted: group.accepted,
      operation: {
        kind: 'add-plot-series',
        model: target,
        plotId: joinedPlot?.id ?? null,
        plot: { kind: group.kind, title: group.title, caption, xLabel, yLabel: group.yLabel },
        series: imported,
      },
    });
  }

  return changes
    .map((change, index) => ({ change, index }))
    .sort(
      (left, right) =>
        sectionOrder.indexOf(left.change.sectionId) -
          sectionOrder.indexOf(right.change.sectionId) || left.index - right.index,
    )
    .map(({ change }) => change);
}
