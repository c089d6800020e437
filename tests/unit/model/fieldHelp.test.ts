import { describe, expect, it } from 'vitest';
import { fieldSpecEntries, type AnyFieldSpec } from '@/model/fieldSpec';
import { sectionRegistry } from '@/model/sectionRegistry';

/** Every field spec in the registry with its path, lists and groups walked into. */
function allFields(): [string, AnyFieldSpec][] {
  const found: [string, AnyFieldSpec][] = [];
  const walk = (specs: object, prefix: string): void => {
    for (const [key, spec] of fieldSpecEntries(specs)) {
      const path = `${prefix}.${key}`;
      found.push([path, spec]);
      if (spec.kind === 'list' || spec.kind === 'group') walk(spec.fields, path);
    }
  };
  for (const section of sectionRegistry) walk(section.fields, section.id);
  return found;
}

/** Kinds the author types into; choices, containers and custom editors show their options instead. */
const typedKinds = new Set<AnyFieldSpec['kind']>([
  'text',
  'longText',
  'date',
  'email',
  'url',
  'number',
  'richText',
]);

describe('the help every field and section gives', () => {
  const fields = allFields();

  it('walks every field of the nine sections', () => {
    expect(fields.length).toBeGreaterThan(100);
  });

  it.each(fields)('%s has help that says what to write', (_path, spec) => {
    expect(spec.help.trim().length).toBeGreaterThan(10);
  });

  it.each(fields.filter(([, spec]) => typedKinds.has(spec.kind)))(
    '%s has a short example',
    (_path, spec) => {
      expect(spec.example?.trim() ?? '').not.toBe('');
    },
  );

  it.each(sectionRegistry.map((section) => [section.title, section] as const))(
    '%s says what good looks like and what it is for',
    (_title, section) => {
      expect(section.purpose.trim()).not.toBe('');
      expect(section.goodLooksLike.length).toBeGreaterThan(0);
      for (const line of section.goodLooksLike) expect(line.trim()).not.toBe('');
    },
  );
});
