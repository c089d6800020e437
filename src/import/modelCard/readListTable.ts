import type { Table } from 'mdast';
import type { AnyFieldSpec } from '@/model/fieldSpec';
import { fieldSpecEntries } from '@/model/fieldSpec';
import { markdownPlainText } from './markdownPlainText';
import { normalizeHeading } from './normalizeHeading';
import { valueForSpec } from './valueForSpec';

/** A list of the report that a table may hold: its path and its entries' fields. */
export interface ListTableTarget {
  path: string;
  fields: object;
}

export interface ListTableRow {
  values: Record<string, string | number | boolean>;
  typedTexts: Record<string, string>;
  line: number;
}

/**
 * Reads a table whose header cells are, each of them, the label of a field of one of `targets`
 * (our Markdown export's Metrics, Datasets, Key library versions… tables) into one entry per row.
 * Undefined when the header does not name such a list, so the table is kept as text.
 */
export function readListTable(
  table: Table,
  targets: readonly ListTableTarget[],
): { path: string; rows: ListTableRow[] } | undefined {
  const [header, ...body] = table.children;
  if (header === undefined) return undefined;
  const headerLabels = header.children.map((cell) => normalizeHeading(markdownPlainText(cell)));
  for (const target of targets) {
    const fieldsByLabel = new Map<string, { key: string; spec: AnyFieldSpec }>();
    for (const [key, spec] of fieldSpecEntries(target.fields))
      if ('label' in spec) fieldsByLabel.set(normalizeHeading(spec.label), { key, spec });
    const columns = headerLabels.map((label) => fieldsByLabel.get(label));
    if (columns.length === 0 || columns.some((column) => column === undefined)) continue;
    const rows = body.map((row) => {
      const values: Record<string, string | number | boolean> = {};
      const typedTexts: Record<string, string> = {};
      row.children.forEach((cell, index) => {
        const column = columns[index];
        const text = markdownPlainText(cell).trim();
        if (column === undefined || text === '') return;
        const value = valueForSpec(column.spec, text);
        if (value === undefined) return;
        values[column.key] = value.value;
        if (value.typedText !== undefined) typedTexts[column.key] = value.typedText;
      });
      return { values, typedTexts, line: row.position?.start.line ?? 1 };
    });
    return { path: target.path, rows };
  }
  return undefined;
}
