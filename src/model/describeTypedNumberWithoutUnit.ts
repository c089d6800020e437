import { describeTypedNumber } from './describeTypedNumber';
import { formatNumber, parseNumberInput, withoutTypedUnit } from './numberInput';

/**
 * The number as typed but without a typed unit ("99.30" for "99.30 %"), for tables and figures
 * that write the unit once themselves, so "99.3 %" never reads "99.3 % %". Typed text that does
 * not read as a number in that unit (the unit changed since) gives way to the value written out.
 */
export function describeTypedNumberWithoutUnit(
  typed: string | undefined,
  value: number | null,
  unit: string,
): string {
  const shown = describeTypedNumber(typed, value, unit);
  return parseNumberInput(shown, unit).ok ? withoutTypedUnit(shown, unit) : formatNumber(value);
}
