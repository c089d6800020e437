import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const goldenDirectory = new URL('../../../golden/', import.meta.url);

/** Compares with tests/golden/<name>; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(actual: string, name: string): void {
  const file = new URL(name, goldenDirectory);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`No golden file ${name}: run the tests with UPDATE_GOLDEN=1 once`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
