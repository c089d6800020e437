import { fieldSpecEntries, type AnyFieldSpec } from '@/model/fieldSpec';
import { getSectionDefinition, isSectionId } from '@/model/sectionRegistry';
import type { ModelField, ReportField } from './runImportTypes';

function findSpec(fields: object, segments: readonly string[]): AnyFieldSpec | undefined {
  const [first, ...rest] = segments;
  const spec = fieldSpecEntries(fields).find(([key]) => key === first)?.[1];
  if (spec === undefined || rest.length === 0) return spec;
  return spec.kind === 'group' || spec.kind === 'list' ? findSpec(spec.fields, rest) : undefined;
}

/**
 * The registry's spec for a field the importers fill, so the review dialog shows the same label
 * (and select option labels) as the form. Model fields are paths inside one model.
 */
export function importFieldSpec(
  field: ModelField | ReportField | 'setup.libraryVersions' | 'setup.loggingTools',
  scope: 'model' | 'report',
): AnyFieldSpec {
  const segments = field.split('.');
  const found =
    scope === 'model'
      ? findSpec(getSectionDefinition('models').fields, ['models', ...segments])
      : isSectionId(segments[0] ?? '')
        ? findSpec(getSectionDefinition(segments[0] as 'setup').fields, segments.slice(1))
        : undefined;
  if (found === undefined) throw new Error(`No field spec for ${field}`);
  return found;
}
