import { isSameJsonValue } from '../changes/isSameJsonValue';
import { checklistAnswerLabels } from '../checklistAnswerLabels';
import { describeTypedNumber } from '../describeTypedNumber';
import { fieldSpecEntries, type AnyFieldSpec } from '../fieldSpec';
import { isRecord } from '../isRecord';
import { metricDisplayName } from '../metricDisplayName';
import { reproducibilityChecklist } from '../reproducibilityChecklist';
import { richTextToPlainText, type RichText } from '../richText';
import type { MetricResult, Plot, Report } from '../reportSchema';
import { sectionRegistry } from '../sectionRegistry';
import { describePlotData } from './describePlotData';
import { diffRichText } from './diffRichText';
import { longestCommonOrder } from './longestCommonOrder';
import type { FieldDifference, ReportDifference, SectionDifference } from './reportDifference';

type Place = readonly string[];

interface Side {
  report: Report;
}

function itemsWithIds(value: unknown): { id: string; item: Record<string, unknown> }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item['id'] === 'string' ? [{ id: item['id'], item }] : [],
  );
}

function isRichText(value: unknown): value is RichText {
  return isRecord(value) && value['type'] === 'doc';
}

function describeValue(
  spec: AnyFieldSpec,
  value: unknown,
  side: Side,
  path: string,
): string | undefined {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' || value === null
        ? describeTypedNumber(side.report.typedNumbers[path], value, spec.unit ?? '')
        : '';
    case 'select':
      return spec.options.find((option) => option.value === value)?.label ?? String(value ?? '');
    case 'checkbox':
      return value === true ? 'Yes' : 'No';
    case 'text':
    case 'longText':
    case 'date':
    case 'email':
    case 'url':
      return typeof value === 'string' ? value : '';
    default:
      return undefined;
  }
}

function referenceTitles(report: Report, ids: unknown): string {
  if (!Array.isArray(ids)) return '';
  return ids
    .map((id) => {
      const reference = report.appendix.references.find((candidate) => candidate.id === id);
      return reference === undefined
        ? 'a removed reference'
        : reference.title.trim() || 'Untitled reference';
    })
    .join('; ');
}

function modelName(report: Report, modelId: string): string {
  const index = report.models.models.findIndex((model) => model.id === modelId);
  const model = report.models.models[index];
  if (model === undefined) return modelId === '' ? '' : 'a removed model';
  return model.name.trim() || `Model ${index + 1}`;
}

function metricName(report: Report, metricId: string): string {
  const index = report.problem.metrics.findIndex((metric) => metric.id === metricId);
  const metric = report.problem.metrics[index];
  return metric === undefined ? 'a removed metric' : metricDisplayName(metric, index);
}

const splitLabels: Record<MetricResult['split'], string> = {
  validation: 'validation',
  test: 'test',
};

function describeResult(report: Report, result: MetricResult | undefined): string {
  if (result === undefined) return '';
  const path = (field: string): string => `results.metricResults#${result.id}.${field}`;
  const value = describeTypedNumber(report.typedNumbers[path('value')], result.value);
  if (value === '') return '';
  const spread =
    result.spread === null
      ? ''
      : ` ${result.spreadKind === 'std' ? '±' : '± (95 % CI)'} ${describeTypedNumber(report.typedNumbers[path('spread')], result.spread)}`;
  const runs =
    result.runs === null
      ? ''
      : `, ${describeTypedNumber(report.typedNumbers[path('runs')], result.runs)} runs`;
  return `${value}${spread} (${result.aggregation === 'single-run' ? 'single run' : result.aggregation}${runs})`;
}

function diffMetricTable(before: Side, after: Side, place: Place): FieldDifference[] {
  const keyOf = (result: MetricResult): string =>
    `${result.modelId}\u0000${result.metricId}\u0000${result.split}`;
  const beforeCells = new Map(
    before.report.results.metricResults.map((result) => [keyOf(result), result]),
  );
  const afterCells = new Map(
    after.report.results.metricResults.map((result) => [keyOf(result), result]),
  );
  const differences: FieldDifference[] = [];
  for (const key of new Set([...beforeCells.keys(), ...afterCells.keys()])) {
    const old = beforeCells.get(key);
    const next = afterCells.get(key);
    const oldText = describeResult(before.report, old);
    const newText = describeResult(after.report, next);
    if (oldText === newText) continue;
    const cell = next ?? old;
    if (cell === undefined) continue;
    const naming = next === undefined ? before.report : after.report;
    differences.push({
      kind: 'value',
      place: [
        ...place,
        modelName(naming, cell.modelId),
        `${metricName(naming, cell.metricId)} (${splitLabels[cell.split]})`,
      ],
      before: oldText,
      after: newText,
    });
  }
  return differences;
}

const plotTextLabels = [
  ['title', 'title'],
  ['caption', 'caption'],
  ['xLabel', 'x axis'],
  ['xUnit', 'x unit'],
  ['yLabel', 'y axis'],
  ['yUnit', 'y unit'],
] as const satisfies readonly (readonly [keyof Plot, string])[];

function plotName(plot: Plot, index: number): string {
  return `Figure ${index + 1}${plot.title.trim() === '' ? '' : `: ${plot.title.trim()}`}`;
}

function diffPlots(before: Side, after: Side, place: Place): FieldDifference[] {
  const oldPlots = before.report.results.plots;
  const newPlots = after.report.results.plots;
  const differences: FieldDifference[] = [];
  const oldById = new Map(oldPlots.map((plot, index) => [plot.id, { plot, index }]));
  const newIds = new Set(newPlots.map((plot) => plot.id));
  newPlots.forEach((plot, index) => {
    const old = oldById.get(plot.id);
    if (old === undefined) {
      differences.push({
        kind: 'figure',
        place: [...place, plotName(plot, index)],
        change: 'added',
        before: '',
        after: describePlotData(plot),
        details: [],
      });
      return;
    }
    if (isSameJsonValue(old.plot, plot)) return;
    const details: string[] = [];
    for (const [key, label] of plotTextLabels)
      if (old.plot[key] !== plot[key])
        details.push(`${label}: “${old.plot[key]}” → “${plot[key]}”`);
    if (old.plot.logScale !== plot.logScale)
      details.push(plot.logScale ? 'log scale on' : 'log scale off');
    if (old.plot.kind !== plot.kind) details.push('kind of figure changed');
    const oldSeries = new Map(old.plot.series.map((series) => [series.id, series]));
    for (const series of plot.series) {
      const previous = oldSeries.get(series.id);
      const label = series.label.trim() || 'a series';
      if (previous === undefined)
        details.push(
          `series “${label}” added (${series.points.length.toLocaleString('en')} points)`,
        );
      else if (!isSameJsonValue(previous, series))
        details.push(
          previous.points.length === series.points.length
            ? `series “${label}”: points changed`
            : `series “${label}”: ${previous.points.length.toLocaleString('en')} → ${series.points.length.toLocaleString('en')} points`,
        );
    }
    const seriesIds = new Set(plot.series.map((series) => series.id));
    for (const series of old.plot.series)
      if (!seriesIds.has(series.id))
        details.push(`series “${series.label.trim() || 'a series'}” removed`);
    differences.push({
      kind: 'figure',
      place: [...place, plotName(plot, index)],
      change: 'changed',
      before: describePlotData(old.plot),
      after: describePlotData(plot),
      details,
    });
  });
  for (const { plot, index } of oldById.values())
    if (!newIds.has(plot.id))
      differences.push({
        kind: 'figure',
        place: [...place, plotName(plot, index)],
        change: 'removed',
        before: describePlotData(plot),
        after: '',
        details: [],
      });
  return differences;
}

function describeChecklistEntry(value: unknown): string {
  if (!isRecord(value)) return '';
  const answer = value['answer'];
  const label =
    typeof answer === 'string' && answer in checklistAnswerLabels
      ? checklistAnswerLabels[answer as keyof typeof checklistAnswerLabels]
      : '';
  const justification = typeof value['justification'] === 'string' ? value['justification'] : '';
  return [label, justification].filter((part) => part !== '').join(' — ');
}

function diffChecklist(beforeValue: unknown, afterValue: unknown, place: Place): FieldDifference[] {
  const old = isRecord(beforeValue) ? beforeValue : {};
  const next = isRecord(afterValue) ? afterValue : {};
  const differences: FieldDifference[] = [];
  for (const id of new Set([...Object.keys(old), ...Object.keys(next)])) {
    const oldText = describeChecklistEntry(old[id]);
    const newText = describeChecklistEntry(next[id]);
    if (oldText === newText) continue;
    const question = reproducibilityChecklist.find((item) => item.id === id)?.question ?? id;
    differences.push({
      kind: 'value',
      place: [...place, question],
      before: oldText,
      after: newText,
    });
  }
  return differences;
}

function itemName(
  spec: Extract<AnyFieldSpec, { kind: 'list' }>,
  item: Record<string, unknown>,
  index: number,
): string {
  const title = item[spec.itemTitleKey];
  return typeof title === 'string' && title.trim() !== ''
    ? title.trim()
    : `${spec.itemLabel} ${index + 1}`;
}

/** The differences of one field, found through its spec; `path` is its field path. */
function diffField(
  spec: AnyFieldSpec,
  beforeValue: unknown,
  afterValue: unknown,
  before: Side,
  after: Side,
  place: Place,
  path: string,
  differences: FieldDifference[],
): void {
  const here = [...place, spec.label];
  // Shared objects hold the same values, unless only the typed text of a number changed.
  const mayShare = before.report.typedNumbers === after.report.typedNumbers;
  switch (spec.kind) {
    case 'richText': {
      if (isSameJsonValue(beforeValue, afterValue)) return;
      const oldText = isRichText(beforeValue) ? beforeValue : undefined;
      const newText = isRichText(afterValue) ? afterValue : undefined;
      if (oldText === undefined || newText === undefined) return;
      // Formatting alone is not shown as a difference of words.
      const segments = diffRichText(oldText, newText);
      if (
        segments.every((segment) => segment.kind === 'same') &&
        richTextToPlainText(oldText) === richTextToPlainText(newText)
      )
        return;
      differences.push({ kind: 'richText', place: here, segments });
      return;
    }
    case 'group':
      if (!isRecord(beforeValue) || !isRecord(afterValue)) return;
      if (mayShare && beforeValue === afterValue) return;
      for (const [key, child] of fieldSpecEntries(spec.fields))
        diffField(
          child,
          beforeValue[key],
          afterValue[key],
          before,
          after,
          here,
          `${path}.${key}`,
          differences,
        );
      return;
    case 'list': {
      if (mayShare && beforeValue === afterValue) return;
      const oldItems = itemsWithIds(beforeValue);
      const newItems = itemsWithIds(afterValue);
      const oldById = new Map(oldItems.map((entry, index) => [entry.id, { ...entry, index }]));
      const newIds = new Set(newItems.map((entry) => entry.id));
      const kept = longestCommonOrder(
        oldItems.filter((entry) => newIds.has(entry.id)).map((entry) => entry.id),
        newItems.filter((entry) => oldById.has(entry.id)).map((entry) => entry.id),
      );
      newItems.forEach((entry, index) => {
        const name = itemName(spec, entry.item, index);
        const old = oldById.get(entry.id);
        if (old === undefined) {
          differences.push({ kind: 'item', place: here, change: 'added', name });
          return;
        }
        if (!kept.has(entry.id))
          differences.push({ kind: 'item', place: here, change: 'moved', name });
        if (mayShare && old.item === entry.item) return;
        const itemPath = `${path}#${entry.id}`;
        for (const [key, child] of fieldSpecEntries(spec.fields))
          diffField(
            child,
            old.item[key],
            entry.item[key],
            before,
            after,
            [...here, name],
            `${itemPath}.${key}`,
            differences,
          );
      });
      for (const old of oldById.values())
        if (!newIds.has(old.id))
          differences.push({
            kind: 'item',
            place: here,
            change: 'removed',
            name: itemName(spec, old.item, old.index),
          });
      return;
    }
    case 'custom':
      switch (spec.custom) {
        case 'metricTable':
          if (
            beforeValue !== afterValue ||
            before.report.typedNumbers !== after.report.typedNumbers
          )
            differences.push(...diffMetricTable(before, after, here));
          return;
        case 'plots':
          if (beforeValue !== afterValue) differences.push(...diffPlots(before, after, here));
          return;
        case 'checklist':
          differences.push(...diffChecklist(beforeValue, afterValue, here));
          return;
        case 'citedReferences': {
          const oldText = referenceTitles(before.report, beforeValue);
          const newText = referenceTitles(after.report, afterValue);
          if (oldText !== newText)
            differences.push({ kind: 'value', place: here, before: oldText, after: newText });
          return;
        }
        case 'bestModel': {
          const oldText = modelName(
            before.report,
            typeof beforeValue === 'string' ? beforeValue : '',
          );
          const newText = modelName(after.report, typeof afterValue === 'string' ? afterValue : '');
          if (oldText !== newText)
            differences.push({ kind: 'value', place: here, before: oldText, after: newText });
          return;
        }
      }
      return;
    default: {
      const oldText = describeValue(spec, beforeValue, before, path) ?? '';
      const newText = describeValue(spec, afterValue, after, path) ?? '';
      if (oldText !== newText)
        differences.push({ kind: 'value', place: here, before: oldText, after: newText });
    }
  }
}

/**
 * What changed from `before` to `after`, by section and field label, walking the section
 * definitions as the form and the exporters do: list items matched by id (added, removed,
 * moved), rich text word by word, metric-table cells old → new, figures with their data
 * summarised. A number is shown as typed.
 */
export function diffReports(before: Report, after: Report): ReportDifference {
  const oldSide: Side = { report: before };
  const newSide: Side = { report: after };
  const sections: SectionDifference[] = [];
  let count = 0;
  for (const section of sectionRegistry) {
    const oldSection: unknown = before[section.id];
    const newSection: unknown = after[section.id];
    const differences: FieldDifference[] = [];
    const typedNumbersChanged = before.typedNumbers !== after.typedNumbers;
    if (
      (oldSection !== newSection || typedNumbersChanged) &&
      isRecord(oldSection) &&
      isRecord(newSection)
    )
      for (const [key, spec] of fieldSpecEntries(section.fields))
        diffField(
          spec,
          oldSection[key],
          newSection[key],
          oldSide,
          newSide,
          [],
          `${section.id}.${key}`,
          differences,
        );
    if (differences.length === 0) continue;
    count += differences.length;
    sections.push({
      sectionId: section.id,
      number: section.number,
      title: section.title,
      differences,
    });
  }
  return { sections, count };
}
