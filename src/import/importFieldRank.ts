import { fieldSpecEntries } from '@/model/fieldSpec';
import { sectionRegistry } from '@/model/sectionRegistry';
import type { ModelField, ReportField } from './runImportTypes';

/** Every field path in the order the form shows it: a group's or list's fields follow its key. */
function formPaths(specs: object, prefix: string): string[] {
  return fieldSpecEntries(specs).flatMap(([key, spec]) => {
    const path = `${prefix}${key}`;
    return spec.kind === 'group' || spec.kind === 'list'
      ? [path, ...formPaths(spec.fields, `${path}.`)]
      : [path];
  });
}

const formRanks: ReadonlyMap<string, number> = new Map(
  sectionRegistry
    .flatMap((section) => formPaths(section.fields, `${section.id}.`))
    .map((path, index) => [path, index]),
);

/**
 * Where a field the importers fill stands in the form (sections in report order, fields as their
 * section lists them), so the review dialog lists values as the model card and the setup form
 * show them. Model fields are paths inside one model.
 */
export function importFieldRank(
  field: ModelField | ReportField,
  scope: 'model' | 'report',
): number {
  const path = scope === 'model' ? `models.models.${field}` : field;
  const rank = formRanks.get(path);
  if (rank === undefined) throw new Error(`No field spec for ${field}`);
  return rank;
}
