import { describeIssueLocation } from '../describeIssueLocation';
import { fieldSpecEntries, type AnyFieldSpec } from '../fieldSpec';
import type { FieldPath } from '../fieldPath';
import type { Report } from '../reportSchema';
import { getSectionDefinition, isSectionId } from '../sectionRegistry';
import type { ChangePathStep } from './fieldChange';

/** The field path a change's place names; a typed number's text belongs to its number field. */
function toFieldPath(path: readonly ChangePathStep[]): FieldPath {
  const [first, second] = path;
  if (first === 'typedNumbers' && typeof second === 'string') return second;
  const segments: string[] = [];
  for (const step of path) {
    if (typeof step === 'string') segments.push(step);
    else segments.push(`${segments.pop() ?? ''}#${step.id}`);
  }
  return segments.join('.');
}

function fieldLabel(path: FieldPath): string | undefined {
  const [sectionId = '', ...segments] = path.split('.');
  if (!isSectionId(sectionId)) return undefined;
  let specs: object = getSectionDefinition(sectionId).fields;
  let label: string | undefined;
  for (const segment of segments) {
    const key = segment.split('#')[0] ?? '';
    const spec: AnyFieldSpec | undefined = fieldSpecEntries(specs).find(
      ([candidate]) => candidate === key,
    )?.[1];
    if (spec === undefined) break;
    label = spec.label;
    if (spec.kind !== 'list' && spec.kind !== 'group') break;
    specs = spec.fields;
  }
  return label;
}

/** Where a changed value sits, for a person: `Title page › Title`, `Abstract › Summary`. */
export function describeChangedField(report: Report, path: readonly ChangePathStep[]): string {
  const fieldPath = toFieldPath(path);
  const crumbs = describeIssueLocation(report, fieldPath);
  const label = fieldLabel(fieldPath);
  const parts = label === undefined || crumbs.at(-1) === label ? crumbs : [...crumbs, label];
  return parts.length === 0 ? 'the report' : parts.join(' › ');
}
