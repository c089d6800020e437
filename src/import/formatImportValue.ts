import { formatNumber } from '@/model/numberInput';
import type { AnyFieldSpec } from '@/model/fieldSpec';

/** A field value as the form shows it: numbers as typed, booleans as Yes/No, options by label. */
export function formatImportValue(spec: AnyFieldSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value !== 'string' || value === '') return '';
  if (spec.kind === 'select')
    return spec.options.find((option) => option.value === value)?.label ?? value;
  return value;
}
