import type { z } from 'zod';
import { describeInput } from './describeInput';

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** One zod issue as a line of the import dialog: where, then what was expected and found. */
export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path) || 'report';
  if (issue.code === 'invalid_type') {
    const article = /^[aeiou]/u.test(issue.expected) ? 'an' : 'a';
    return `${where}: expected ${article} ${issue.expected}, got ${describeInput(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `${where}: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${describeInput(issue.input)}`;
  }
  if (issue.code === 'invalid_union') {
    // Unions of enums and '' (precision, checklist answers) otherwise say only "Invalid input".
    const allowed = issue.errors
      .flat()
      .flatMap((inner) =>
        inner.code === 'invalid_value' && inner.path.length === 0 ? inner.values : [],
      );
    if (allowed.length > 0) {
      return `${where}: expected one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}, got ${describeInput(issue.input)}`;
    }
  }
  return `${where}: ${issue.message}`;
}
