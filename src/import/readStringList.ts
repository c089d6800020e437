/**
 * A list written as a list, as one name, or as Python's repr of a list (`"['wandb']"`, as old
 * W&B config files store `report_to`).
 */
export function readStringList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .filter((item): item is string => typeof item === 'string')
      .map((item) => item.trim());
  }
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  const bracketed = /^\[(.*)\]$/su.exec(trimmed);
  if (bracketed === null) return trimmed === '' ? [] : [trimmed];
  return (bracketed[1] ?? '')
    .split(',')
    .map((item) => item.trim().replace(/^['"]|['"]$/gu, ''))
    .filter((item) => item !== '');
}
