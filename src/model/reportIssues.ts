import { crossFieldRules } from './checks/crossFieldRules';
import { deriveChecklistAnswers, type DerivedChecklistAnswers } from './deriveChecklistAnswers';
import {
  type AnyFieldSpec,
  fieldSpecEntries,
  isFieldSatisfiedOtherwise,
  isFieldShown,
} from './fieldSpec';
import { joinFieldPath, listItemSegment, type FieldPath } from './fieldPath';
import { isDateText } from './isDateText';
import { parseNumberInput } from './numberInput';
import { countRichTextWords, isRichTextEmpty, isSafeLink, type RichText } from './richText';
import type { Report } from './reportSchema';
import type { IssueSeverity, ReportIssue } from './reportIssue';
import { sectionRegistry, type SectionId } from './sectionRegistry';

export type { IssueSeverity, ReportIssue } from './reportIssue';

/** Raw text of number fields as the user typed it, keyed by field path. */
export type FieldInputs = Readonly<Record<FieldPath, string>>;

interface CheckContext {
  sectionId: SectionId;
  fieldInputs: FieldInputs;
  issues: ReportIssue[];
  requiredFieldCount: number;
  recommendedFieldCount: number;
  /** Every shown field's position in the form, shared by all sections. */
  formOrder: Map<FieldPath, number>;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

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
  if (typed !== undefined) {
    const parsed = parseNumberInput(typed);
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
  if (spec.kind === 'email' && !emailPattern.test(text)) {
    report(context, path, 'error', spec.label, `${spec.label} "${text}" is not an email address`);
  }
  if (spec.kind === 'url' && /^[a-z][a-z0-9+.-]*:/iu.test(text) && !isSafeLink(text)) {
    report(
      context,
      path,
      'error',
      spec.label,
      `${spec.label} must start with http://, https:// or mailto:`,
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
    if (spec.importance === 'required') context.requiredFieldCount += 1;
    if (spec.importance === 'recommended') context.recommendedFieldCount += 1;
    const path = joinFieldPath(basePath, key);
    context.formOrder.set(path, context.formOrder.size);
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
          checkFields(
            context,
            item,
            spec.fields,
            joinFieldPath(basePath, listItemSegment(key, item.id)),
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

export type SectionState = 'empty' | 'incomplete' | 'complete' | 'has-errors';

export interface SectionProgress {
  requiredFieldCount: number;
  missingCount: number;
  errorCount: number;
  /** Doubtful values and cross-field findings: they do not stop a section being complete. */
  warningCount: number;
  state: SectionState;
}

export interface ReportAnalysis {
  /** Every missing, wrong or doubtful field, in the order of the form. */
  issues: ReportIssue[];
  sections: Record<SectionId, SectionProgress>;
  /** Share of required fields filled and valid, 0–100. */
  completeness: number;
  /** The reproducibility checklist as the report's fields answer it. */
  checklist: DerivedChecklistAnswers;
}

/** The form position of a path, or of its nearest shown ancestor (cells of the metric table). */
function formPosition(formOrder: ReadonlyMap<FieldPath, number>, path: FieldPath): number {
  const segments = path.split('.');
  while (segments.length > 0) {
    const position = formOrder.get(segments.join('.'));
    if (position !== undefined) return position;
    const last = segments.pop() ?? '';
    const hashIndex = last.indexOf('#');
    if (hashIndex > 0) segments.push(last.slice(0, hashIndex));
  }
  return Number.MAX_SAFE_INTEGER;
}

/**
 * One finding per field, the most pressing: a missing or wrong value hides a cross-field warning on
 * the same field, and a warning replaces the plain hint of a recommended field.
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
    else merged[merged.indexOf(hint)] = warning;
  }
  return merged;
}

export function analyzeReport(reportValue: Report, fieldInputs: FieldInputs): ReportAnalysis {
  const fieldIssues: ReportIssue[] = [];
  const formOrder = new Map<FieldPath, number>();
  const sections = {} as Record<SectionId, SectionProgress>;
  let requiredTotal = 0;
  let unsatisfiedTotal = 0;
  for (const section of sectionRegistry) {
    const context: CheckContext = {
      sectionId: section.id,
      fieldInputs,
      issues: [],
      requiredFieldCount: 0,
      recommendedFieldCount: 0,
      formOrder,
    };
    checkFields(context, reportValue[section.id], section.fields, section.id);
    const missingCount = context.issues.filter((issue) => issue.severity === 'missing').length;
    const errorCount = context.issues.filter((issue) => issue.severity === 'error').length;
    const recommendedMissingCount = context.issues.filter(
      (issue) => issue.severity === 'recommended',
    ).length;
    // A section counts as started once any required or recommended field is filled.
    const expectedCount = context.requiredFieldCount + context.recommendedFieldCount;
    const unfilledCount = missingCount + recommendedMissingCount;
    const state: SectionState =
      errorCount > 0
        ? 'has-errors'
        : unfilledCount === 0
          ? 'complete'
          : unfilledCount >= expectedCount
            ? 'empty'
            : 'incomplete';
    sections[section.id] = {
      requiredFieldCount: context.requiredFieldCount,
      missingCount,
      errorCount,
      warningCount: 0,
      state,
    };
    requiredTotal += context.requiredFieldCount;
    unsatisfiedTotal += Math.min(context.requiredFieldCount, missingCount + errorCount);
    fieldIssues.push(...context.issues);
  }
  const completeness =
    requiredTotal === 0
      ? 100
      : Math.round((100 * (requiredTotal - unsatisfiedTotal)) / requiredTotal);
  const ruleWarnings = crossFieldRules.flatMap((rule) => rule.check(reportValue));
  const positioned = mergeRuleWarnings(fieldIssues, ruleWarnings).map((issue, index) => ({
    issue,
    position: formPosition(formOrder, issue.path),
    index,
  }));
  positioned.sort((left, right) => left.position - right.position || left.index - right.index);
  const issues = positioned.map(({ issue }) => issue);
  for (const issue of issues)
    if (issue.severity === 'warning') sections[issue.sectionId].warningCount += 1;
  return {
    issues,
    sections,
    completeness,
    checklist: deriveChecklistAnswers(reportValue),
  };
}
