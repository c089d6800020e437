import { crossFieldRules } from './checks/crossFieldRules';
import { computeCompleteness } from './computeCompleteness';
import { deriveChecklistAnswers, type DerivedChecklistAnswers } from './deriveChecklistAnswers';
import {
  type AnyFieldSpec,
  fieldSpecEntries,
  isFieldSatisfiedOtherwise,
  isFieldShown,
} from './fieldSpec';
import { joinFieldPath, listItemSegment, type FieldPath } from './fieldPath';
import { isBlockingIssue } from './isBlockingIssue';
import { isDateText } from './isDateText';
import { isEmailAddress } from './isEmailAddress';
import { parseNumberInput } from './numberInput';
import { countRichTextWords, isRichTextEmpty, safeLinkHref, type RichText } from './richText';
import type { Report } from './reportSchema';
import type { IssueSeverity, ReportIssue } from './reportIssue';
import { sectionRegistry, type SectionId } from './sectionRegistry';
import type { SectionState } from './sectionState';
import { unitForNumberPath } from './unitForNumberPath';

export type { IssueSeverity, ReportIssue } from './reportIssue';
export type { SectionState } from './sectionState';

/** Raw text of number fields as the user typed it, keyed by field path. */
export type FieldInputs = Readonly<Record<FieldPath, string>>;

interface CheckContext {
  report: Report;
  sectionId: SectionId;
  fieldInputs: FieldInputs;
  issues: ReportIssue[];
  /** Shown fields that are required or recommended and can be left empty. */
  expectedFieldCount: number;
  /** The shown fields checked, in the order of the form. */
  placedPaths: FieldPath[];
  /** True once a check read beyond its own values (a typed number's unit), so it is not kept. */
  readOtherValues: boolean;
  /** Number fields the check found no typed text for: a check kept stays right while they have none. */
  untypedNumberPaths: FieldPath[];
  cache: AnalysisCache | undefined;
}

/** What checking one section or one list item found, kept while that value stays the same object. */
interface CheckedValue {
  specs: object;
  /** Starts with the section's id, so the same path is the same section. */
  basePath: FieldPath;
  untypedNumberPaths: readonly FieldPath[];
  issues: readonly ReportIssue[];
  expectedFieldCount: number;
  placedPaths: readonly FieldPath[];
  /** Each placed path's position, made when a section's issues are sorted. */
  positions?: ReadonlyMap<FieldPath, number>;
}

/**
 * Checks of sections and list items kept by the value they checked: the report is immutable, so
 * a key typed in the title re-checks the title page, not a hundred models.
 */
export interface AnalysisCache {
  checked: WeakMap<object, CheckedValue>;
  /** Sections and list items checked afresh so far, a counter for tests and the bench. */
  freshChecks: number;
}

export function createAnalysisCache(): AnalysisCache {
  return { checked: new WeakMap(), freshChecks: 0 };
}

function report(
  context: CheckContext,
  path: FieldPath,
  severity: IssueSeverity,
  label: string,
  message: string,
): void {
  context.issues.push({ path, sectionId: context.sectionId, severity, label, message });
}

function reportMissing(
  context: CheckContext,
  path: FieldPath,
  spec: AnyFieldSpec,
  message: string,
): void {
  if (spec.importance === 'required') report(context, path, 'missing', spec.label, message);
  else if (spec.importance === 'recommended')
    report(context, path, 'recommended', spec.label, message);
}

function checkNumber(
  context: CheckContext,
  path: FieldPath,
  spec: AnyFieldSpec & { kind: 'number' },
  value: unknown,
): void {
  const typed = context.fieldInputs[path];
  if (typed === undefined) context.untypedNumberPaths.push(path);
  else {
    // The same reading as when it was typed: "99.3 %" is a number where the unit is %.
    context.readOtherValues = true;
    const parsed = parseNumberInput(typed, unitForNumberPath(context.report, path));
    if (!parsed.ok) {
      report(context, path, 'error', spec.label, parsed.message);
      return;
    }
  }
  if (typeof value !== 'number') {
    reportMissing(context, path, spec, `${spec.label} is missing`);
    return;
  }
  if (spec.integer === true && !Number.isInteger(value)) {
    report(context, path, 'error', spec.label, `${spec.label} must be a whole number`);
  }
  if (spec.minimum !== undefined) {
    const belowMinimum =
      spec.exclusiveMinimum === true ? value <= spec.minimum : value < spec.minimum;
    if (belowMinimum) {
      const bound =
        spec.exclusiveMinimum === true
          ? `greater than ${spec.minimum}`
          : `at least ${spec.minimum}`;
      report(context, path, 'error', spec.label, `${spec.label} must be ${bound}`);
    }
  }
  if (spec.maximum !== undefined && value > spec.maximum) {
    report(context, path, 'error', spec.label, `${spec.label} must be at most ${spec.maximum}`);
  }
}

function checkText(
  context: CheckContext,
  path: FieldPath,
  spec: AnyFieldSpec,
  value: unknown,
): void {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') {
    reportMissing(context, path, spec, `${spec.label} is missing`);
    return;
  }
  if (spec.kind === 'date' && !isDateText(text)) {
    report(
      context,
      path,
      'error',
      spec.label,
      `${spec.label} "${text}" is not a real date; use YYYY-MM-DD`,
    );
  }
  if (spec.kind === 'email' && !isEmailAddress(text)) {
    report(context, path, 'error', spec.label, `${spec.label} "${text}" is not an email address`);
  }
  if (
    spec.kind === 'url' &&
    /^[a-z][a-z0-9+.-]*:/iu.test(text) &&
    safeLinkHref(text) === undefined
  ) {
    report(
      context,
      path,
      'error',
      spec.label,
      `${spec.label} must start with http://, https:// or mailto:, or be a DOI (doi:10.…)`,
    );
  }
}

function checkFields(
  context: CheckContext,
  owner: unknown,
  specs: object,
  basePath: FieldPath,
): void {
  const record = owner as Record<string, unknown>;
  for (const [key, shownSpec] of fieldSpecEntries(specs)) {
    if (!isFieldShown(shownSpec, owner)) continue;
    const spec = isFieldSatisfiedOtherwise(shownSpec, owner)
      ? withoutImportance(shownSpec)
      : shownSpec;
    if (spec.importance !== undefined && canBeLeftEmpty(spec)) context.expectedFieldCount += 1;
    const path = joinFieldPath(basePath, key);
    context.placedPaths.push(path);
    const value = record[key];
    switch (spec.kind) {
      case 'number':
        checkNumber(context, path, spec, value);
        break;
      case 'text':
      case 'longText':
      case 'date':
      case 'email':
      case 'url':
        checkText(context, path, spec, value);
        break;
      case 'select':
      case 'checkbox':
        break;
      case 'richText': {
        const richText = value as RichText;
        if (isRichTextEmpty(richText)) {
          reportMissing(context, path, spec, `${spec.label} is empty`);
        } else if (spec.lengthHintWords !== undefined) {
          const words = countRichTextWords(richText);
          if (words > spec.lengthHintWords * 1.5) {
            report(
              context,
              path,
              'warning',
              spec.label,
              `${spec.label} has ${words} words; aim for about ${spec.lengthHintWords}`,
            );
          }
        }
        break;
      }
      case 'list': {
        const items = Array.isArray(value) ? (value as { id: string }[]) : [];
        if (items.length === 0)
          reportMissing(context, path, spec, `Add at least one ${spec.itemLabel.toLowerCase()}`);
        for (const item of items) {
          mergeChecked(
            context,
            checkValue(
              context,
              item,
              spec.fields,
              joinFieldPath(basePath, listItemSegment(key, item.id)),
            ),
          );
        }
        break;
      }
      case 'group':
        checkFields(context, value, spec.fields, path);
        break;
      case 'custom':
        checkCustomField(context, path, spec, value);
        if (spec.itemNumberFields !== undefined && Array.isArray(value))
          for (const item of value as { id: string }[])
            for (const [itemKey, itemSpec] of Object.entries(spec.itemNumberFields))
              checkNumber(
                context,
                joinFieldPath(basePath, listItemSegment(key, item.id), itemKey),
                itemSpec,
                (item as unknown as Record<string, unknown>)[itemKey],
              );
        break;
    }
  }
}

/**
 * What `checkFields` finds in one section or list item, or found the last time for the same value;
 * the caller merges it into its own findings.
 */
function checkValue(
  context: CheckContext,
  owner: unknown,
  specs: object,
  basePath: FieldPath,
): CheckedValue {
  const { cache } = context;
  const kept =
    cache !== undefined && typeof owner === 'object' && owner !== null
      ? cache.checked.get(owner)
      : undefined;
  if (
    kept !== undefined &&
    kept.specs === specs &&
    kept.basePath === basePath &&
    // Text typed into one number field (a new `typedNumbers` object) re-checks that field's owner only.
    kept.untypedNumberPaths.every((path) => context.fieldInputs[path] === undefined)
  ) {
    for (const path of kept.untypedNumberPaths) context.untypedNumberPaths.push(path);
    return kept;
  }
  const own: CheckContext = {
    ...context,
    issues: [],
    expectedFieldCount: 0,
    placedPaths: [],
    readOtherValues: false,
    untypedNumberPaths: [],
  };
  checkFields(own, owner, specs, basePath);
  if (cache !== undefined) cache.freshChecks += 1;
  const checked: CheckedValue = {
    specs,
    basePath,
    untypedNumberPaths: own.untypedNumberPaths,
    issues: own.issues,
    expectedFieldCount: own.expectedFieldCount,
    placedPaths: own.placedPaths,
  };
  if (cache !== undefined && typeof owner === 'object' && owner !== null) {
    if (own.readOtherValues) cache.checked.delete(owner);
    else cache.checked.set(owner, checked);
  }
  context.readOtherValues ||= own.readOtherValues;
  for (const path of own.untypedNumberPaths) context.untypedNumberPaths.push(path);
  return checked;
}

function mergeChecked(context: CheckContext, checked: CheckedValue): void {
  for (const issue of checked.issues) context.issues.push(issue);
  context.expectedFieldCount += checked.expectedFieldCount;
  for (const path of checked.placedPaths) context.placedPaths.push(path);
}

/** A select or a checkbox always holds a value (a blank report's Task type too), so it is never asked for. */
function canBeLeftEmpty(spec: AnyFieldSpec): boolean {
  return spec.kind !== 'select' && spec.kind !== 'checkbox' && spec.kind !== 'group';
}

function withoutImportance(spec: AnyFieldSpec): AnyFieldSpec {
  const copy = { ...spec };
  delete copy.importance;
  return copy;
}

function checkCustomField(
  context: CheckContext,
  path: FieldPath,
  spec: AnyFieldSpec,
  value: unknown,
): void {
  const isEmpty =
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (isEmpty) reportMissing(context, path, spec, `${spec.label} is missing`);
}

export interface SectionProgress {
  /** Shown fields that are required or recommended and can be left empty. */
  expectedFieldCount: number;
  /** Required fields left empty. */
  missingCount: number;
  /** Recommended fields left empty. */
  recommendedMissingCount: number;
  errorCount: number;
  /** Doubtful values and cross-field findings: they do not stop a section being complete. */
  warningCount: number;
  state: SectionState;
  /** How far the section is, 0–1: 1 only when complete, 0 when not started. */
  share: number;
}

export interface ReportAnalysis {
  /** Every missing, wrong or doubtful field, in the order of the form. */
  issues: ReportIssue[];
  sections: Record<SectionId, SectionProgress>;
  /**
   * 0–100, each section weighing a ninth: 100 exactly when every section is complete, 0 exactly
   * when none is started (see `computeCompleteness`).
   */
  completeness: number;
  /** The reproducibility checklist as the report's fields answer it. */
  checklist: DerivedChecklistAnswers;
}

/** A section's place in the form and its fields' positions in it. */
interface SectionPosition {
  index: number;
  positions: ReadonlyMap<FieldPath, number>;
}

function positionsOf(checked: CheckedValue): ReadonlyMap<FieldPath, number> {
  checked.positions ??= new Map(checked.placedPaths.map((path, index) => [path, index]));
  return checked.positions;
}

/** The form position of a path, or of its nearest shown ancestor (cells of the metric table). */
function formPosition(
  sectionPositions: ReadonlyMap<string, SectionPosition>,
  path: FieldPath,
): number {
  const segments = path.split('.');
  const section = sectionPositions.get(segments[0] ?? '');
  if (section === undefined) return Number.MAX_SAFE_INTEGER;
  // No section has a million shown fields: the report format caps every list.
  const sectionStart = section.index * 1_000_000;
  while (segments.length > 0) {
    const position = section.positions.get(segments.join('.'));
    if (position !== undefined) return sectionStart + position;
    const last = segments.pop() ?? '';
    const hashIndex = last.indexOf('#');
    if (hashIndex > 0) segments.push(last.slice(0, hashIndex));
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * One finding per field, the most pressing: a missing or wrong value hides a cross-field warning on
 * the same field, and a warning replaces the plain message of an empty recommended field (which
 * still keeps its section from complete, so it stays `recommended`).
 */
function mergeRuleWarnings(
  fieldIssues: readonly ReportIssue[],
  ruleWarnings: readonly ReportIssue[],
): ReportIssue[] {
  const merged = [...fieldIssues];
  for (const warning of ruleWarnings) {
    const samePath = merged.filter((issue) => issue.path === warning.path);
    if (samePath.some((issue) => issue.severity === 'missing' || issue.severity === 'error')) {
      continue;
    }
    const hint = samePath.find((issue) => issue.severity === 'recommended');
    if (hint === undefined) merged.push(warning);
    else merged[merged.indexOf(hint)] = { ...warning, severity: 'recommended' };
  }
  return merged;
}

/** Where a section stands, from its issues: one notion for the nav, the completeness and Next issue. */
function measureSection(
  expectedFieldCount: number,
  issues: readonly ReportIssue[],
): SectionProgress {
  const count = (severity: ReportIssue['severity']) =>
    issues.filter((issue) => issue.severity === severity).length;
  const missingCount = count('missing');
  const recommendedMissingCount = count('recommended');
  const errorCount = count('error');
  const blockingFieldCount = new Set(issues.filter(isBlockingIssue).map((issue) => issue.path))
    .size;
  const state: SectionState =
    errorCount > 0
      ? 'has-errors'
      : blockingFieldCount === 0
        ? 'complete'
        : missingCount + recommendedMissingCount >= expectedFieldCount
          ? 'empty'
          : 'incomplete';
  // A section short of complete has at least one blocking field, so its share stays below 1.
  const share =
    state === 'complete'
      ? 1
      : state === 'empty'
        ? 0
        : Math.max(0, expectedFieldCount - blockingFieldCount) / Math.max(1, expectedFieldCount);
  return {
    expectedFieldCount,
    missingCount,
    recommendedMissingCount,
    errorCount,
    warningCount: count('warning'),
    state,
    share,
  };
}

/** Every finding of the report; with a cache, only the sections and list items that changed since are checked again. */
export function analyzeReport(
  reportValue: Report,
  fieldInputs: FieldInputs,
  cache?: AnalysisCache,
): ReportAnalysis {
  const fieldIssues: ReportIssue[] = [];
  const sectionPositions = new Map<string, SectionPosition>();
  const expectedFieldCounts = {} as Record<SectionId, number>;
  for (const [index, section] of sectionRegistry.entries()) {
    const context: CheckContext = {
      report: reportValue,
      sectionId: section.id,
      fieldInputs,
      issues: [],
      expectedFieldCount: 0,
      placedPaths: [],
      readOtherValues: false,
      untypedNumberPaths: [],
      cache,
    };
    const checked = checkValue(context, reportValue[section.id], section.fields, section.id);
    sectionPositions.set(section.id, { index, positions: positionsOf(checked) });
    expectedFieldCounts[section.id] = checked.expectedFieldCount;
    for (const issue of checked.issues) fieldIssues.push(issue);
  }
  const ruleWarnings = crossFieldRules.flatMap((rule) => rule.check(reportValue));
  const positioned = mergeRuleWarnings(fieldIssues, ruleWarnings).map((issue, index) => ({
    issue,
    position: formPosition(sectionPositions, issue.path),
    index,
  }));
  positioned.sort((left, right) => left.position - right.position || left.index - right.index);
  const issues = positioned.map(({ issue }) => issue);
  const sections = {} as Record<SectionId, SectionProgress>;
  for (const section of sectionRegistry)
    sections[section.id] = measureSection(
      expectedFieldCounts[section.id],
      issues.filter((issue) => issue.sectionId === section.id),
    );
  return {
    issues,
    sections,
    completeness: computeCompleteness(Object.values(sections)),
    checklist: deriveChecklistAnswers(reportValue),
  };
}
