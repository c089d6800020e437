import { fieldSpecEntries, type AnyFieldSpec } from '@/model/fieldSpec';

/** A field a Markdown label can fill: its path below the owner and its spec. */
export interface LabeledField {
  label: string;
  path: string;
  spec: AnyFieldSpec;
}

/**
 * Every field below `fields` that holds one value (text, number, select, checkbox, rich text), with
 * group members under their group's path; lists and custom editors have no single value to fill.
 */
export function collectLabeledFields(fields: object, prefix = ''): LabeledField[] {
  return fieldSpecEntries(fields).flatMap(([key, spec]): LabeledField[] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (spec.kind === 'group') return collectLabeledFields(spec.fields, path);
    if (spec.kind === 'list' || spec.kind === 'custom') return [];
    return [{ label: spec.label, path, spec }];
  });
}
