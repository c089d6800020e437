import { Scalar, stringify } from 'yaml';

/**
 * A number for YAML that the yaml library writes as the user typed it (`93.80`, `2e-4`, `87.0`)
 * where it can, else the number as it is. The YAML reads back as the same number either way.
 */
export function yamlTypedNumber(value: number, typed: string): Scalar<number> | number {
  const text = typed.trim();
  if (Number(text) !== value) return value;
  const scalar = new Scalar(value);
  const decimals = /^-?\d+\.(\d+)$/u.exec(text)?.[1];
  if (decimals !== undefined) scalar.minFractionDigits = decimals.length;
  else if (/e/iu.test(text)) scalar.format = 'EXP';
  return stringify(scalar).trim() === text ? scalar : value;
}
