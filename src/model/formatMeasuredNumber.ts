import { formatNumber } from './numberInput';

/** A computed number without floating-point noise: 94.2 - 93.8 reads 0.4, not 0.4000000000000057. */
export function formatMeasuredNumber(value: number): string {
  return formatNumber(Number(value.toPrecision(6)));
}
