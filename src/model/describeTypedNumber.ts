import { formatNumber, parseNumberInput } from './numberInput';

/**
 * How a number is shown everywhere (forms, tables, figures, every export), given the text typed
 * for its field (`report.typedNumbers[path]`): that text ("0.0002", "87.0", "99.3 %", or text that
 * is not a number yet), unless it reads as another number than the field holds (the value was set
 * another way since), then the value written out. `unit` is the field's unit (see
 * unitForNumberPath), which the typed text may carry.
 */
export function describeTypedNumber(
  typed: string | undefined,
  value: number | null,
  unit = '',
): string {
  if (typed === undefined || typed.trim() === '') return formatNumber(value);
  const parsed = parseNumberInput(typed, unit);
  if (parsed.ok && parsed.value !== value) return formatNumber(value);
  // Not trimmed: a field shows this while the user types "1 024".
  return typed;
}
